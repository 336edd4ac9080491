#!/usr/bin/env bash
# Regenerates src/<package>/PublicAPI.Unshipped.txt of every package project (LaosRights.Data, LaosRights.Data.Export)
# from the public API analyzer's own diagnostics.
#
# Run it after adding or removing public API (for example after merging a branch that adds some), then review
# the diff like code: every added line is a promise to users.
#   RS0016 "Symbol '…' is not part of the declared public API"  -> the exact symbol string is added to Unshipped.
#   RS0017 "Symbol '…' is part of the declared API, but is either not public or could not be found"
#                                                                -> removed from Unshipped; if it is in Shipped,
#                                                                   it is a breaking change: reported, file untouched.
# Usage: scripts/update-public-api.sh            (every project under src/ that has a PublicAPI.Unshipped.txt)
#        scripts/update-public-api.sh NAME...    (only those projects, e.g. LaosRights.Data.Export)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

update_one() { # $1 = the project's name, e.g. LaosRights.Data
  local name=$1 project shipped unshipped log dir broken other
  project="$root/src/$name/$name.csproj"
  shipped="$root/src/$name/PublicAPI.Shipped.txt"
  unshipped="$root/src/$name/PublicAPI.Unshipped.txt"
  dir="$work/$name"
  log="$dir/build.log"
  mkdir "$dir"
  # A full rebuild, so no diagnostic is hidden by an up-to-date build; warnings stay warnings so every one is reported.
  dotnet build "$project" --no-incremental -nologo -clp:NoSummary \
    -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -p:MSBuildTreatWarningsAsErrors=false >"$log" 2>&1 || true

  if grep -q ': error ' "$log"; then
    grep ': error ' "$log" | sort -u >&2
    echo "The build has errors other than public API diagnostics; fix them first." >&2
    return 1
  fi

  # A build of one package also builds (and reports) the projects it references: keep this project's diagnostics only.
  { grep -F "[$project]" "$log" || true; } >"$dir/own.log"
  extract() { # $1 = diagnostic id, $2 = the text after the symbol
    { grep -E "warning $1:" "$dir/own.log" || true; } | sed -n "s/.*warning $1: Symbol '\(.*\)' $2.*/\1/p" | LC_ALL=C sort -u
  }
  extract RS0016 'is not part of the declared public API' >"$dir/added"
  extract RS0017 'is part of the declared API, but is either not public or could not be found' >"$dir/removed"

  # The declared entries, without the '#nullable enable' header.
  grep -v '^#nullable enable$' "$unshipped" | sed '/^$/d' >"$dir/current" || true

  broken=0
  while IFS= read -r symbol; do
    [ -n "$symbol" ] || continue
    if grep -Fxq -- "$symbol" "$shipped"; then
      echo "Breaking change: shipped API '$symbol' is gone or no longer public." >&2
      broken=1
    fi
  done <"$dir/removed"

  {
    grep -Fxv -f "$dir/removed" "$dir/current" || true
    cat "$dir/added"
  } | sed '/^$/d' | LC_ALL=C sort -u >"$dir/entries"

  { echo '#nullable enable'; cat "$dir/entries"; } >"$unshipped"

  echo "src/$name/PublicAPI.Unshipped.txt: $(wc -l <"$dir/added") added, $(LC_ALL=C comm -12 <(LC_ALL=C sort -u "$dir/current") "$dir/removed" | wc -l) removed, $(wc -l <"$dir/entries") entries."
  other=$(grep -Eo 'warning RS00[0-9]{2}' "$dir/own.log" | grep -v -e RS0016 -e RS0017 | sort -u || true)
  if [ -n "$other" ]; then
    echo "Other public API diagnostics remain (see the build): $other" >&2
    grep -E 'warning RS00[0-9]{2}' "$dir/own.log" | grep -v -e RS0016 -e RS0017 | sort -u >&2
  fi
  return "$broken"
}

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for file in "$root"/src/*/PublicAPI.Unshipped.txt; do names+=("$(basename "$(dirname "$file")")"); done
fi

status=0
for name in "${names[@]}"; do
  project="$root/src/$name/$name.csproj"
  [ -f "$project" ] && [ -f "$root/src/$name/PublicAPI.Unshipped.txt" ] || { echo "No package project with a PublicAPI.Unshipped.txt: src/$name" >&2; exit 1; }
  echo "== $name"
  update_one "$name" || status=1
done
exit "$status"
