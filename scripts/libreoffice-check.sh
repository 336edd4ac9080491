#!/usr/bin/env bash
# Opens the workbook (.xlsx) that `LaosRights.Export --xlsx` writes with LibreOffice Calc, headless, as a spreadsheet
# user would, and checks that
#   - LibreOffice loads it without complaint (no repair, no load error) and writes every sheet out as CSV;
#   - every sheet is there, with its header and one row per record;
#   - a sample of cells keeps its value AND its type as LibreOffice reads it (from a flat ODF copy, content types
#     office:value-type): partial dates such as 1999-10, 2004/2005, ../2009-10 stay text, full days are dates,
#     a day before 1900 is text, counts are numbers, a value beginning with "-" is text, and no cell is a formula;
#   - rows with long wrapped text are taller than one line, pages are landscape, the header row repeats on every page.
# Installs Debian's libreoffice-calc-nogui when soffice is missing (apt-get, as root; about a minute).
# Usage: scripts/libreoffice-check.sh        (called by .ci/run after the tests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$SECONDS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "LibreOffice check: $*" >&2; exit 1; }

if ! command -v soffice >/dev/null 2>&1; then
  echo "== LibreOffice check: installing libreoffice-calc-nogui (Debian) =="
  command -v apt-get >/dev/null 2>&1 || fail "soffice is missing and this machine has no apt-get: install LibreOffice Calc."
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; } \
       >"$tmp/install.log" 2>&1; then
    tail -n 20 "$tmp/install.log" >&2
    fail "could not install libreoffice-calc-nogui (apt-get needs root and the Debian package source)."
  fi
  echo "installed in $((SECONDS - start)) s"
fi
soffice --version | head -n 1

echo "== LibreOffice check: writing the workbook with samples/LaosRights.Export =="
workbook="$tmp/laos-rights.xlsx"
if ! dotnet run --project "$root/samples/LaosRights.Export" -- --xlsx --out "$workbook" >"$tmp/export.log" 2>&1; then
  cat "$tmp/export.log"; fail "the sample could not write the workbook."
fi

echo "== LibreOffice check: opening it headless and converting every sheet to CSV =="
# A private profile, so that no user profile, lock or earlier crash can change what happens.
office() { soffice --headless --norestore --nolockcheck "-env:UserInstallation=file://$tmp/profile" "$@"; }
# CSV filter options: comma, double quote, UTF-8, from line 1, default formats, language, no "quoted as text",
# detect special numbers, cells as shown, no formulas, no trimming, every sheet (-1) into its own file.
if ! office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
     --outdir "$tmp/csv" "$workbook" >"$tmp/csv.log" 2>&1; then
  cat "$tmp/csv.log"; fail "LibreOffice could not convert the workbook to CSV."
fi
if ! office --convert-to fods --outdir "$tmp" "$workbook" >"$tmp/fods.log" 2>&1; then
  cat "$tmp/fods.log"; fail "LibreOffice could not convert the workbook to a flat ODF spreadsheet."
fi
# javaldx's warning is harmless (no Java is needed); anything else about loading, a repair or an error is not.
if grep -Eiv 'javaldx|^convert |^Writing sheet ' "$tmp/csv.log" "$tmp/fods.log" | grep -Eiq 'error|repair|corrupt|could not'; then
  cat "$tmp/csv.log" "$tmp/fods.log" >&2; fail "LibreOffice reported a problem while loading the workbook."
fi
cat "$tmp/csv.log" | grep -v javaldx || true

python3 - "$tmp" "$root/src/LaosRights.Data/Data/dataset.json" <<'PY' || fail "a check of the converted workbook failed."
import csv, json, sys, xml.etree.ElementTree as ET
tmp, dataset = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
sheets = ["Chronology", "Events", "Cases", "Figures", "Scores", "Rankings", "Claims", "Quotations", "Actors", "Places", "Sources", "Evidence", "About"]
failures = []
def check(what, actual, expected):
    ok = actual == expected
    print(f"{'ok  ' if ok else 'FAIL'} {what}: {actual!r}" + ("" if ok else f" (expected {expected!r})"))
    if not ok:
        failures.append(what)

# The CSV of every sheet, as LibreOffice shows the cells.
tables = {}
for name in sheets:
    with open(f"{tmp}/csv/laos-rights-{name}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    tables[name] = (rows[0], [dict(zip(rows[0], r)) for r in rows[1:]])
check("sheets converted", sorted(tables), sorted(sheets))
for name, kind in [("Events", "events"), ("Figures", "figures"), ("Claims", "claims"), ("Actors", "actors")]:
    check(f"{name}: one row per record", len(tables[name][1]), len(dataset[kind]))
chronology = {r["Record id"]: r for r in tables["Chronology"][1]}
check("Chronology: a row for every event", sorted(set(e["id"] for e in dataset["events"]) - set(chronology)), [])
check("CSV Chronology 1999-10 as shown", next(r["Date"] for r in chronology.values() if r["Date"] == "1999-10"), "1999-10")
check("CSV Chronology ratification day as shown", chronology["iccpr-ratification-2009"]["Earliest day"], "2009-09-25")
figure = next(r for r in tables["Figures"][1] if r["id"] == "hmong-exile-thailand-count")
check("CSV Figures count as shown", figure["value"], "200000")

# The cell types, as LibreOffice reads them (flat ODF: office:value-type of every cell).
T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
document = ET.parse(f"{tmp}/laos-rights.fods")
def cells(sheet):
    table = next(t for t in document.iter(T + "table") if t.get(T + "name") == sheet)
    rows = []
    for row in table.iter(T + "table-row"):
        values = []
        for cell in row:
            if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                continue
            value = (cell.get(O + "value-type"), cell.get(O + "date-value") or cell.get(O + "value") or "\n".join("".join(p.itertext()) for p in cell))
            values.extend([value] * int(cell.get(T + "number-columns-repeated", "1")))
        rows.append(values)
    header = [v for _, v in rows[0]]
    return [dict(zip(header, r)) for r in rows[1:] if any(t for t, _ in r)]
typed = {r["Record id"][1]: r for r in cells("Chronology")}
def row_with_date(text):
    return next(r for r in typed.values() if r["Date"] == ("string", text))
for text in ["1999-10", "2004/2005", "../2009-10", "18XX/.."]:
    check(f"Chronology date {text} stays text", row_with_date(text)["Date"], ("string", text))
check("Chronology 1999-10 earliest day is a date", row_with_date("1999-10")["Earliest day"], ("date", "1999-10-01"))
check("Chronology 1999-10 latest day is a date", row_with_date("1999-10")["Latest day"], ("date", "1999-10-31"))
check("Chronology day before 1900 is text", row_with_date("18XX/..")["Earliest day"], ("string", "1800-01-01"))
check("Chronology ratification day is a date", typed["iccpr-ratification-2009"]["Earliest day"], ("date", "2009-09-25"))
figures = {r["id"][1]: r for r in cells("Figures")}
check("Figures count is a number", figures["hmong-exile-thailand-count"]["value"], ("float", "200000"))
check("Figures bound is text", figures["hmong-exile-thailand-count"]["bound"], ("string", "at-most"))
check("Evidence '- Laotian penal system' is text", any(r["quote"] == ("string", "- Laotian penal system") for r in cells("Evidence")), True)
check("no cell is a formula", sum(1 for e in document.iter() if e.get(T + "formula")), 0)
check("Chronology Order is a number", typed["iccpr-ratification-2009"]["Order"][0], "float")
check("Chronology Date basis", typed["iccpr-ratification-2009"]["Date basis"], ("string", "stated"))
claims = tables["Claims"][1]
check("Claims list their claimants by name", any(r["claimants"] for r in claims), True)

# Printing and row heights, as LibreOffice took them: landscape page layouts, the header row repeated on every data
# sheet, and some row of the chronology (long quotes, wrapped) several lines high.
S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
orientations = {p.get(S + "print-orientation") for p in document.iter(S + "page-layout-properties")}
check("pages are landscape", orientations, {"landscape"})
repeated = [t.get(T + "name") for t in document.iter(T + "table") if t.find(T + "table-header-rows") is not None]
check("the header row repeats on every page", sorted(repeated), sorted(sheets))
def centimetres(length):
    value = float(length.rstrip("incmpt"))
    return value * 2.54 if length.endswith("in") else value
heights = [centimetres(p.get(S + "row-height")) for p in document.iter(S + "table-row-properties") if p.get(S + "row-height")]
check("some rows are several lines high (over 2 cm)", max(heights) > 2, True)
if failures:
    sys.exit(f"{len(failures)} check(s) failed: {', '.join(failures)}")
PY
echo "LibreOffice check passed in $((SECONDS - start)) s."
