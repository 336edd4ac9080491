#!/usr/bin/env bash
# Cold start: wall time of a fresh process that loads the default dataset and prints one query result,
# against an empty console app, measured in the same run, alternating, median of N runs each.
#
#   scripts/cold-start.sh            framework-dependent apps (dotnet's default publish)
#   scripts/cold-start.sh --aot      the same two apps published with Native AOT
#   RUNS=30 scripts/cold-start.sh    more runs (default 20)
#
# Uses only bash, coreutils (date +%s%N: /usr/bin/time reports hundredths of a second, too coarse here), awk and the .NET SDK. Prints the medians and the ratio (load + query vs empty) on the last line.
# The app references LaosRights.Data as users do: the package, packed here from src/ into a temporary folder (with its
# ReadyToRun image for this platform). Two more series show where the time goes:
#   "IL only"      the same app built against the library project: no ReadyToRun image, the JIT compiles everything
#                  (what platforms without an image in the package get);
#   "tokens only"  reads the JSON's tokens with Utf8JsonReader and nothing else: the part no loader can avoid.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-20}"
mode="jit"
extra=()
if [ "${1:-}" = "--aot" ]; then
  mode="aot"
  extra=(-p:PublishAot=true -r linux-x64)
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
run() { # runs a build step quietly; on failure prints its log and stops
  local name="$1"; shift
  if ! "$@" >"$out/$name.log" 2>&1; then cat "$out/$name.log" >&2; echo "cold start: $name failed" >&2; exit 1; fi
}
run pack dotnet pack "$root/src/LaosRights.Data" -c Release -o "$out/feed" -nologo
nupkg=$(find "$out/feed" -maxdepth 1 -name 'LaosRights.Data.[0-9]*.nupkg' ! -name '*.snupkg' | head -n 1)
version=$(basename "$nupkg" .nupkg); version=${version#LaosRights.Data.}
run publish-empty dotnet publish "$root/benchmarks/ColdStart/EmptyApp" -c Release -o "$out/EmptyApp" "${extra[@]}" -nologo
# The measured app is benchmarks/ColdStart/LaosRights.ColdStart's Program.cs in a fresh project outside the repository
# that references the package by version, restored into its own folder (no cached copy of the same version can be used;
# the machine's global packages folder is a fallback for NodaTime and the runtime packs, so no download is needed).
global_packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')
mkdir "$out/app"
cp "$root/benchmarks/ColdStart/LaosRights.ColdStart/Program.cs" "$out/app/"
for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' > "$out/app/$f"; done
cat > "$out/app/LaosRights.ColdStart.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
    <RestoreAdditionalProjectSources>$out/feed</RestoreAdditionalProjectSources>
    <RestoreFallbackFolders>$global_packages</RestoreFallbackFolders>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="LaosRights.Data" Version="[$version]" />
  </ItemGroup>
</Project>
XML
NUGET_PACKAGES="$out/packages" run publish-package-app dotnet publish "$out/app" -c Release -o "$out/Package" "${extra[@]}" -nologo
run publish-il-app dotnet publish "$root/benchmarks/ColdStart/LaosRights.ColdStart" -c Release -o "$out/IL" "${extra[@]}" -nologo
empty="$out/EmptyApp/EmptyApp"
data="$out/Package/LaosRights.ColdStart"
il="$out/IL/LaosRights.ColdStart"

# Which image of the library the package app loads on this platform (framework-dependent apps only).
image="(compiled into the native binary)"
if [ "$mode" = "jit" ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
  if [ -f "$out/Package/runtimes/$rid/lib/net10.0/LaosRights.Data.dll" ]; then
    image="runtimes/$rid/lib/net10.0/LaosRights.Data.dll (ReadyToRun)"
  else
    image="lib/net10.0/LaosRights.Data.dll (IL only: the package has no ReadyToRun image for $rid)"
  fi
fi

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

# Warm the file cache, then alternate the apps so all see the same machine state.
[ "$("$il")" = "2009-09-25" ] || { echo "the IL-only app printed the wrong answer" >&2; exit 1; }
"$empty" >/dev/null; "$data" >/dev/null; "$il" >/dev/null
: > "$out/empty.txt"; : > "$out/data.txt"; : > "$out/il.txt"; : > "$out/tokens.txt"
for _ in $(seq "$runs"); do
  time_ms "$empty" >> "$out/empty.txt"
  time_ms "$data" >> "$out/data.txt"
  time_ms "$il" >> "$out/il.txt"
  time_ms "$data" --tokens-only >> "$out/tokens.txt"
done
e=$(median < "$out/empty.txt")
d=$(median < "$out/data.txt")
i=$(median < "$out/il.txt")
t=$(median < "$out/tokens.txt")
echo "mode: $mode, runs: $runs each, alternating, LaosRights.Data $version"
echo "empty console app:   median $e ms"
echo "JSON tokens only:    median $t ms (Utf8JsonReader over dataset.json, no mapping: the floor of any System.Text.Json loader)"
if [ "$mode" = "jit" ]; then
  echo "IL only (JIT):       median $i ms (the library without its ReadyToRun image, as on platforms the package has none for)"
else
  echo "project reference:   median $i ms (the same app built against the library project)"
fi
echo "load + one query:    median $d ms (the package, as users get it; library image: $image)"
awk -v d="$d" -v e="$e" 'BEGIN { printf "ratio: %.2f\n", d / e }'
