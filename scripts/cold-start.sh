#!/usr/bin/env bash
# Cold start: wall time of a fresh process that loads the default dataset and prints one query result,
# against an empty console app, measured in the same run, alternating, median of N runs each.
#
#   scripts/cold-start.sh            framework-dependent apps (dotnet's default publish)
#   scripts/cold-start.sh --aot      the same two apps published with Native AOT
#   RUNS=30 scripts/cold-start.sh    more runs (default 20)
#
# Uses only bash, date, awk and the .NET SDK. Prints the medians and the ratio (load + query vs empty) on the last line.
# A third series, "--tokens-only", only reads the JSON's tokens with Utf8JsonReader: the part no loader can avoid.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-20}"
mode="jit"
extra=()
if [ "${1:-}" = "--aot" ]; then
  mode="aot"
  extra=(-p:PublishAot=true -r linux-x64)
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for app in EmptyApp LaosRights.ColdStart; do
  dotnet publish "$root/benchmarks/ColdStart/$app" -c Release -o "$out/$app" "${extra[@]}" -nologo -v quiet >/dev/null
done
empty="$out/EmptyApp/EmptyApp"
data="$out/LaosRights.ColdStart/LaosRights.ColdStart"

[ "$("$data")" = "2009-09-25" ] || { echo "the cold-start app printed the wrong answer" >&2; exit 1; }
[ "$("$data" --tokens-only)" = "2009-09-25" ] || { echo "the tokens-only run printed the wrong answer" >&2; exit 1; }

time_ms() { # prints the wall time of one run of "$@" in milliseconds (three decimals)
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1000000 }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Warm the file cache, then alternate the two apps so both see the same machine state.
"$empty" >/dev/null; "$data" >/dev/null
: > "$out/empty.txt"; : > "$out/data.txt"; : > "$out/tokens.txt"
for _ in $(seq "$runs"); do
  time_ms "$empty" >> "$out/empty.txt"
  time_ms "$data" >> "$out/data.txt"
  time_ms "$data" --tokens-only >> "$out/tokens.txt"
done
e=$(median < "$out/empty.txt")
d=$(median < "$out/data.txt")
t=$(median < "$out/tokens.txt")
echo "mode: $mode, runs: $runs each, alternating"
echo "empty console app:   median $e ms"
echo "JSON tokens only:    median $t ms (Utf8JsonReader over dataset.json, no mapping: the floor of any System.Text.Json loader)"
echo "load + one query:    median $d ms"
awk -v d="$d" -v e="$e" 'BEGIN { printf "ratio: %.2f\n", d / e }'
