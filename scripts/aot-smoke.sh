#!/usr/bin/env bash
# Publishes samples/LaosRights.AotSmoke with Native AOT (linux-x64, Release) and runs the native binary.
# Fails when the publish fails or prints any warning (trimming, AOT or other), or when the binary's checks fail.
# Usage: scripts/aot-smoke.sh        (called by .ci/run after the tests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$SECONDS

echo "== Native AOT: publishing samples/LaosRights.AotSmoke (linux-x64) =="
if ! dotnet publish samples/LaosRights.AotSmoke/LaosRights.AotSmoke.csproj -c Release -r linux-x64 \
     -p:PublishAot=true -p:TreatWarningsAsErrors=true -o "$out/publish" -nologo >"$out/publish.log" 2>&1; then
  cat "$out/publish.log"
  echo "Native AOT publish failed." >&2
  exit 1
fi
if grep -Eiq ': warning |warning [A-Z]+[0-9]+' "$out/publish.log"; then
  grep -Ei ': warning |warning [A-Z]+[0-9]+' "$out/publish.log" | sort -u >&2
  echo "Native AOT publish gave warnings." >&2
  exit 1
fi

binary="$out/publish/LaosRights.AotSmoke"
if [ ! -x "$binary" ] || [ -e "$out/publish/LaosRights.AotSmoke.dll" ]; then
  ls -la "$out/publish" >&2
  echo "The publish did not produce a native executable." >&2
  exit 1
fi
echo "published in $((SECONDS - start)) s: $(du -h "$binary" | cut -f1) native binary"

if ! "$binary" >"$out/run.log" 2>&1; then
  cat "$out/run.log"
  echo "The native binary's checks failed." >&2
  exit 1
fi
cat "$out/run.log"
grep -q '^ok   ICCPR ratification date: 2009-09-25$' "$out/run.log" || { echo "The ratification date was not printed." >&2; exit 1; }
grep -q '^AOT smoke: all checks passed$' "$out/run.log" || { echo "The binary did not confirm its checks." >&2; exit 1; }
echo "Native AOT smoke test passed in $((SECONDS - start)) s."
