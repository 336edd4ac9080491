#!/usr/bin/env bash
# Regenerates src/LaosRights.Data/PublicAPI.Unshipped.txt from the public API analyzer's own diagnostics.
#
# Run it after adding or removing public API (for example after merging a branch that adds some), then review
# the diff like code: every added line is a promise to users.
#   RS0016 "Symbol '…' is not part of the declared public API"  -> the exact symbol string is added to Unshipped.
#   RS0017 "Symbol '…' is part of the declared API, but is either not public or could not be found"
#                                                                -> removed from Unshipped; if it is in Shipped,
#                                                                   it is a breaking change: reported, file untouched.
# Usage: scripts/update-public-api.sh [project folder]   (default src/LaosRights.Data; e.g. src/LaosRights.Data.Reanchor)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/${1:-src/LaosRights.Data}"
project="$dir/$(basename "$dir").csproj"
shipped="$dir/PublicAPI.Shipped.txt"
unshipped="$dir/PublicAPI.Unshipped.txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$log" "$work"' EXIT

# A full rebuild, so no diagnostic is hidden by an up-to-date build; warnings stay warnings so every one is reported.
dotnet build "$project" --no-incremental -nologo -clp:NoSummary \
  -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -p:MSBuildTreatWarningsAsErrors=false >"$log" 2>&1 || true

if grep -q ': error ' "$log"; then
  grep ': error ' "$log" | sort -u >&2
  echo "The build has errors other than public API diagnostics; fix them first." >&2
  exit 1
fi

extract() { # $1 = diagnostic id, $2 = the text after the symbol
  { grep -E "warning $1:" "$log" || true; } | sed -n "s/.*warning $1: Symbol '\(.*\)' $2.*/\1/p" | LC_ALL=C sort -u
}
extract RS0016 'is not part of the declared public API' >"$work/added"
extract RS0017 'is part of the declared API, but is either not public or could not be found' >"$work/removed"

# The declared entries, without the '#nullable enable' header.
grep -v '^#nullable enable$' "$unshipped" | sed '/^$/d' >"$work/current" || true

broken=0
while IFS= read -r symbol; do
  [ -n "$symbol" ] || continue
  if grep -Fxq -- "$symbol" "$shipped"; then
    echo "Breaking change: shipped API '$symbol' is gone or no longer public." >&2
    broken=1
  fi
done <"$work/removed"

{
  grep -Fxv -f "$work/removed" "$work/current" || true
  cat "$work/added"
} | sed '/^$/d' | LC_ALL=C sort -u >"$work/entries"

{ echo '#nullable enable'; cat "$work/entries"; } >"$unshipped"

echo "PublicAPI.Unshipped.txt: $(wc -l <"$work/added") added, $(LC_ALL=C comm -12 <(LC_ALL=C sort -u "$work/current") "$work/removed" | wc -l) removed, $(wc -l <"$work/entries") entries."
other=$(grep -Eo 'warning RS00[0-9]{2}' "$log" | grep -v -e RS0016 -e RS0017 | sort -u || true)
if [ -n "$other" ]; then
  echo "Other public API diagnostics remain (see the build): $other" >&2
  grep -E 'warning RS00[0-9]{2}' "$log" | grep -v -e RS0016 -e RS0017 | sort -u >&2
fi
exit "$broken"
