#!/usr/bin/env bash
# Consumer test: proves the packages work as packages, not only as project references.
#  1. packs src/LaosRights.Data and src/LaosRights.Data.Export (Release) into a temporary folder and checks the
#     .nupkg/.snupkg contents and metadata of both;
#  2. creates a fresh console project outside the repository that references both BY VERSION, from a nuget.config
#     that adds that folder to the machine's configured sources (no <clear/>: NodaTime and the export's own
#     dependencies come from the normal source), with an empty NUGET_PACKAGES so no cached copy can hide a broken package;
#  3. compiles the quick starts of both package READMEs plus a few checks, runs it and checks its output and files.
# Usage: scripts/consumer-test.sh        (called by .ci/run after the tests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
fail() { echo "Consumer test: $*" >&2; exit 1; }

for package in LaosRights.Data LaosRights.Data.Export; do
  echo "== Consumer test: packing $package =="
  if ! dotnet pack "$root/src/$package/$package.csproj" -c Release -o "$tmp/feed" -nologo >"$tmp/pack-$package.log" 2>&1; then
    cat "$tmp/pack-$package.log"; fail "dotnet pack of $package failed."
  fi
  grep -Eiq ': warning ' "$tmp/pack-$package.log" && { grep -Ei ': warning ' "$tmp/pack-$package.log" | sort -u >&2; fail "dotnet pack of $package gave warnings."; }
done

nupkg=$(find "$tmp/feed" -maxdepth 1 -name 'LaosRights.Data.[0-9]*.nupkg' ! -name '*.snupkg' | head -n 1)
[ -n "$nupkg" ] || fail "no .nupkg was produced."
version=$(basename "$nupkg" .nupkg); version=${version#LaosRights.Data.}
[ -f "$tmp/feed/LaosRights.Data.$version.snupkg" ] || fail "no .snupkg was produced."
data_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["dataVersion"])' \
  "$root/src/LaosRights.Data/Data/dataset.json")
echo "package $version, data version $data_version"

# The package's contents and metadata.
mkdir "$tmp/nupkg" "$tmp/snupkg"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$nupkg" "$tmp/nupkg"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$tmp/feed/LaosRights.Data.$version.snupkg" "$tmp/snupkg"
for f in lib/net10.0/LaosRights.Data.dll lib/net10.0/LaosRights.Data.xml README.md LICENSE LaosRights.Data.nuspec; do
  [ -f "$tmp/nupkg/$f" ] || fail "the package lacks $f."
done
[ -f "$tmp/snupkg/lib/net10.0/LaosRights.Data.pdb" ] || fail "the symbol package lacks the .pdb."
# The ReadyToRun images: one per runtime identifier, each compiled for its platform from the very IL assembly in
# lib/net10.0 (same PDB identity, so the symbol package serves them too); lib/net10.0 itself stays IL-only.
python3 - "$tmp/nupkg" <<'PY' || fail "the package's ReadyToRun images are wrong."
import struct, sys
root = sys.argv[1]
def image(path):
    b = open(path, "rb").read()
    pe = struct.unpack_from("<I", b, 0x3C)[0]
    machine, sections = struct.unpack_from("<HH", b, pe + 4)
    optional = pe + 24
    size_of_optional = struct.unpack_from("<H", b, pe + 20)[0]
    directories = optional + (96 if struct.unpack_from("<H", b, optional)[0] == 0x10B else 112)
    def offset(rva):
        for i in range(sections):
            s = optional + size_of_optional + 40 * i
            virtual_size, virtual_address, raw_size, raw_pointer = struct.unpack_from("<IIII", b, s + 8)
            if virtual_address <= rva < virtual_address + max(virtual_size, raw_size):
                return rva - virtual_address + raw_pointer
        raise ValueError(hex(rva))
    cli = offset(struct.unpack_from("<I", b, directories + 14 * 8)[0])
    native_rva = struct.unpack_from("<I", b, cli + 64)[0]
    ready_to_run = native_rva != 0 and struct.unpack_from("<I", b, offset(native_rva))[0] == 0x00525452  # "RTR"
    i = b.find(b"RSDS")
    assert i >= 0, f"{path}: no CodeView (RSDS) debug record"
    return machine, ready_to_run, b[i + 4:i + 20]
machine, r2r, pdb = image(f"{root}/lib/net10.0/LaosRights.Data.dll")
assert machine == 0x14C and not r2r, "lib/net10.0 must be IL-only"
expected = {"linux-x64": 0x8664 ^ 0x7B79, "linux-arm64": 0xAA64 ^ 0x7B79, "osx-arm64": 0xAA64 ^ 0x4644, "win-x64": 0x8664}
for rid, want in expected.items():
    m, r, p = image(f"{root}/runtimes/{rid}/lib/net10.0/LaosRights.Data.dll")
    assert r, f"{rid}: not a ReadyToRun image"
    assert m == want, f"{rid}: machine {m:#x}, expected {want:#x}"
    assert p == pdb, f"{rid}: compiled from a different build than lib/net10.0"
    print(f"ReadyToRun image for {rid}: machine {m:#06x}, same PDB as lib/net10.0")
PY
nuspec="$tmp/nupkg/LaosRights.Data.nuspec"
grep -q '<license type="expression">MIT AND CC-BY-SA-4.0</license>' "$nuspec" || fail "the licence expression is missing."
grep -q '<readme>README.md</readme>' "$nuspec" || fail "the package README is not declared."
grep -q '<dependency id="NodaTime"' "$nuspec" || fail "the NodaTime dependency is missing."
grep -q "Data version $data_version" "$nuspec" || fail "the release notes do not state data version $data_version."
grep -q 'name="P:LaosRights.Data.LaosRightsDataset.Default"' "$tmp/nupkg/lib/net10.0/LaosRights.Data.xml" \
  || fail "the XML documentation lacks LaosRightsDataset.Default."
grep -q '<dependency id="Sylvan' "$nuspec" && fail "the core package depends on the CSV library (it belongs to LaosRights.Data.Export)."
[ "$(grep -c '<dependency id=' "$nuspec")" -eq 1 ] || fail "the core package has dependencies other than NodaTime."

# The export package: same metadata quality, MIT (code only), and LaosRights.Data at exactly this version.
export_nupkg="$tmp/feed/LaosRights.Data.Export.$version.nupkg"
[ -f "$export_nupkg" ] || fail "no LaosRights.Data.Export.$version.nupkg was produced (the two packages share one version)."
[ -f "$tmp/feed/LaosRights.Data.Export.$version.snupkg" ] || fail "no LaosRights.Data.Export .snupkg was produced."
mkdir "$tmp/export-nupkg" "$tmp/export-snupkg"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$export_nupkg" "$tmp/export-nupkg"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$tmp/feed/LaosRights.Data.Export.$version.snupkg" "$tmp/export-snupkg"
for f in lib/net10.0/LaosRights.Data.Export.dll lib/net10.0/LaosRights.Data.Export.xml README.md LICENSE LaosRights.Data.Export.nuspec; do
  [ -f "$tmp/export-nupkg/$f" ] || fail "the export package lacks $f."
done
[ -f "$tmp/export-snupkg/lib/net10.0/LaosRights.Data.Export.pdb" ] || fail "the export symbol package lacks the .pdb."
[ ! -e "$tmp/export-nupkg/lib/net10.0/LaosRights.Data.dll" ] || fail "the export package carries a copy of LaosRights.Data.dll."
export_nuspec="$tmp/export-nupkg/LaosRights.Data.Export.nuspec"
grep -q '<license type="expression">MIT</license>' "$export_nuspec" || fail "the export package's licence expression is missing."
grep -q '<readme>README.md</readme>' "$export_nuspec" || fail "the export package README is not declared."
grep -q "<dependency id=\"LaosRights.Data\" version=\"\[$version\]\"" "$export_nuspec" \
  || fail "the export package does not depend on exactly LaosRights.Data $version."
grep -q '<dependency id="Sylvan.Data.Csv"' "$export_nuspec" || fail "the export package lacks its CSV dependency."
grep -q 'name="M:LaosRights.Data.DatasetExport.WriteCsv' "$tmp/export-nupkg/lib/net10.0/LaosRights.Data.Export.xml" \
  || fail "the export XML documentation lacks DatasetExport.WriteCsv."

# A fresh consumer, outside the repository: no Directory.Build.props, central package versions or global.json of ours.
app="$tmp/consumer"
mkdir "$app"
echo '<Project />' >"$app/Directory.Build.props"
echo '<Project />' >"$app/Directory.Build.targets"
echo '<Project />' >"$app/Directory.Packages.props"
cat >"$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- Added to the sources configured on this machine (no clear), which serve NodaTime. -->
    <add key="laosrights-local" value="$tmp/feed" />
  </packageSources>
</configuration>
XML
cat >"$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="LaosRights.Data" Version="[$version]" />
    <PackageReference Include="LaosRights.Data.Export" Version="[$version]" />
  </ItemGroup>
</Project>
XML
# Program.cs: the quick starts of both package READMEs, verbatim (their using directives first, each body in its own
# block so that their variables do not clash), then the checks' own output.
quick_start() { sed -n '/^## Quick start/,/^## /p' "$1" | sed -n '/^```csharp$/,/^```$/p' | sed '1d;$d'; }
quick_start "$root/src/LaosRights.Data/PACKAGE.md" >"$tmp/core-quick-start.cs"
quick_start "$root/src/LaosRights.Data.Export/PACKAGE.md" >"$tmp/export-quick-start.cs"
[ -s "$tmp/core-quick-start.cs" ] || fail "no C# quick start was found in LaosRights.Data's PACKAGE.md."
[ -s "$tmp/export-quick-start.cs" ] || fail "no C# quick start was found in LaosRights.Data.Export's PACKAGE.md."
{
  directive='^using [A-Za-z][A-Za-z0-9.]*;$'   # using directives, not using statements
  cat "$tmp/core-quick-start.cs" "$tmp/export-quick-start.cs" | grep -E "$directive" | sort -u
  for part in core export; do echo "{"; grep -Ev "$directive" "$tmp/$part-quick-start.cs"; echo "}"; done
} >"$app/Program.cs"
cat >>"$app/Program.cs" <<'CS'

var consumerData = LaosRightsDataset.Default;
Console.WriteLine($"consumer: data version {consumerData.DataVersion}");
Console.WriteLine($"consumer: events {consumerData.Events.Count}");
Console.WriteLine($"consumer: ratification {consumerData.Events["iccpr-ratification-2009"].Date}");
Console.WriteLine($"consumer: article sha256 {consumerData.Article.Sha256}");
Console.WriteLine($"consumer: attribution {consumerData.Article.Attribution}");
Console.WriteLine($"consumer: library {Path.GetRelativePath(AppContext.BaseDirectory, typeof(LaosRightsDataset).Assembly.Location)}");
Console.WriteLine($"consumer: export library {Path.GetFileName(typeof(DatasetExport).Assembly.Location)}");
CS

export NUGET_PACKAGES="$tmp/packages"
echo "== Consumer test: restoring and building a console app that references LaosRights.Data $version =="
if ! (cd "$app" && dotnet build -c Release -nologo >"$tmp/build.log" 2>&1); then
  cat "$tmp/build.log"; fail "the consumer does not build."
fi
grep -Eiq ': warning ' "$tmp/build.log" && { grep -Ei ': warning ' "$tmp/build.log" | sort -u >&2; fail "the consumer build gave warnings."; }

# It was the package, from the local folder, that was used.
python3 - "$app/obj/project.assets.json" "$version" <<'PY' || fail "the consumer did not resolve LaosRights.Data as a package."
import json, sys
assets = json.load(open(sys.argv[1], encoding="utf-8"))
libs = assets["libraries"]
key = "LaosRights.Data/" + sys.argv[2]
assert libs[key]["type"] == "package", libs.get(key)
assert libs["LaosRights.Data.Export/" + sys.argv[2]]["type"] == "package", "LaosRights.Data.Export"
assert any(k.startswith("NodaTime/") and v["type"] == "package" for k, v in libs.items()), "NodaTime missing"
PY
installed="$NUGET_PACKAGES/laosrights.data/${version,,}"   # NuGet lower-cases ids and versions (a tag may carry upper case)
[ -f "$installed/lib/net10.0/LaosRights.Data.xml" ] || fail "the XML documentation was not installed with the package."
[ -f "$installed/README.md" ] || fail "the package README was not installed."
cmp -s "$installed/lib/net10.0/LaosRights.Data.dll" "$app/bin/Release/net10.0/LaosRights.Data.dll" \
  || fail "the consumer's LaosRights.Data.dll is not the packaged one."
cmp -s "$NUGET_PACKAGES/laosrights.data.export/${version,,}/lib/net10.0/LaosRights.Data.Export.dll" "$app/bin/Release/net10.0/LaosRights.Data.Export.dll" \
  || fail "the consumer's LaosRights.Data.Export.dll is not the packaged one."

[ "$(uname -sm)" = "Linux x86_64" ] && { cmp -s "$installed/runtimes/linux-x64/lib/net10.0/LaosRights.Data.dll" \
  "$app/bin/Release/net10.0/runtimes/linux-x64/lib/net10.0/LaosRights.Data.dll" || fail "the consumer lacks the linux-x64 ReadyToRun image."; }

echo "== Consumer test: running it =="
mkdir "$tmp/run"
if ! (cd "$tmp/run" && dotnet "$app/bin/Release/net10.0/Consumer.dll" >"$tmp/run.log" 2>&1); then
  cat "$tmp/run.log"; fail "the consumer failed."
fi
cat "$tmp/run.log"
expect() { grep -Fxq -- "$1" "$tmp/run.log" || fail "the output lacks the line '$1'."; }
expect "consumer: data version $data_version"
expect "consumer: ratification 2009-09-25"
expect "2009-09-25"
sha=$(sha256sum "$root/src/LaosRights.Data/Data/human-rights-in-laos.txt" | cut -d' ' -f1)
expect "consumer: article sha256 $sha"
grep -Eq '^consumer: events [1-9][0-9]*$' "$tmp/run.log" || fail "no events were loaded."
expect "consumer: export library LaosRights.Data.Export.dll"
# What the export quick start wrote.
for f in forced-return-csv/events.csv export/datapackage.json export/dataset.json export/events.csv laos-rights.xlsx csv-for-excel/events.csv; do
  [ -s "$tmp/run/$f" ] || fail "the export quick start did not write $f."
done
[ "$(head -c 3 "$tmp/run/csv-for-excel/events.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "CSV for spreadsheets has no byte order mark."
python3 -c 'import sys, zipfile; n = zipfile.ZipFile(sys.argv[1]).namelist(); assert "xl/workbook.xml" in n, n' "$tmp/run/laos-rights.xlsx" \
  || fail "the workbook written by the quick start is not an .xlsx package."
grep -q '<dependency id="DocumentFormat.OpenXml"' "$export_nuspec" || fail "the export package lacks its workbook dependency."
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  expect "consumer: library runtimes/linux-x64/lib/net10.0/LaosRights.Data.dll" # the host chose the ReadyToRun image
fi
echo "Consumer test passed in $((SECONDS - start)) s (LaosRights.Data and LaosRights.Data.Export $version from the packages, data version $data_version)."
