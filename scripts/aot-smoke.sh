#!/usr/bin/env bash
# Publishes the Native AOT smoke tests (linux-x64, Release) and runs their native binaries:
#   samples/LaosRights.AotSmoke          the core package alone: the publish must give ZERO warnings (trimming, AOT or other);
#   samples/LaosRights.AotSmoke.Export   the export package: every warning must be one of those listed, with their
#                                        origin and why they are harmless, in docs/exports.md ("Trimming and Native AOT")
#                                        and in samples/LaosRights.AotSmoke.Export/known-aot-warnings.txt; a new one fails.
# Fails when a publish fails or warns beyond that, or when a binary's checks fail.
# Usage: scripts/aot-smoke.sh        (called by .ci/run after the tests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$SECONDS

# $1 = sample name, $2 = the binary's closing line; $3 (optional) = the file of known warnings ("ILnnnn Member" lines).
smoke() {
  local name=$1 done_line=$2 known=${3:-} dir="$out/$1" binary warnings
  local project="samples/$name/$name.csproj" began=$SECONDS
  mkdir "$dir"
  echo "== Native AOT: publishing samples/$name (linux-x64) =="
  # With known warnings, warnings must stay warnings so that every one is reported and compared.
  local strict=(-p:TreatWarningsAsErrors=true)
  [ -z "$known" ] || strict=(-p:TreatWarningsAsErrors=false -p:IlcTreatWarningsAsErrors=false -p:ILLinkTreatWarningsAsErrors=false)
  if ! dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true "${strict[@]}" \
       -o "$dir/publish" -nologo >"$dir/publish.log" 2>&1; then
    cat "$dir/publish.log"
    echo "Native AOT publish of $name failed." >&2
    return 1
  fi
  if [ -z "$known" ]; then
    if grep -Eiq ': warning |warning [A-Z]+[0-9]+' "$dir/publish.log"; then
      grep -Ei ': warning |warning [A-Z]+[0-9]+' "$dir/publish.log" | sort -u >&2
      echo "Native AOT publish of $name gave warnings." >&2
      return 1
    fi
  else
    # Each warning as "ILnnnn Member"; anything else that warns is unexpected too.
    { grep -Ei ': warning |warning [A-Z]+[0-9]+' "$dir/publish.log" || true; } | sort -u >"$dir/warnings.log"
    sed -n 's/.* warning \(IL[0-9]*\): \([^:]*\): .*/\1 \2/p' "$dir/warnings.log" | LC_ALL=C sort -u >"$dir/warnings"
    grep -v '^#' "$root/$known" | sed '/^$/d' | LC_ALL=C sort -u >"$dir/known"
    local unexpected other
    unexpected=$(LC_ALL=C comm -23 "$dir/warnings" "$dir/known")
    other=$(grep -v ' warning IL[0-9]*: ' "$dir/warnings.log" || true)
    if [ -n "$unexpected$other" ]; then
      cat "$dir/warnings.log" >&2
      echo "Native AOT publish of $name gave warnings that $known and docs/exports.md do not name:" >&2
      printf '%s\n' "$unexpected" "$other" | sed '/^$/d' >&2
      return 1
    fi
    echo "known warnings (docs/exports.md, \"Trimming and Native AOT\"): $(wc -l <"$dir/warnings")"
    sed 's/^/  /' "$dir/warnings"
    if LC_ALL=C comm -13 "$dir/warnings" "$dir/known" | grep -q .; then
      echo "Listed in $known but no longer reported (remove them there and in docs/exports.md):" >&2
      LC_ALL=C comm -13 "$dir/warnings" "$dir/known" >&2
      return 1
    fi
  fi

  binary="$dir/publish/$name"
  if [ ! -x "$binary" ] || [ -e "$dir/publish/$name.dll" ]; then
    ls -la "$dir/publish" >&2
    echo "The publish of $name did not produce a native executable." >&2
    return 1
  fi
  echo "published in $((SECONDS - began)) s: $(du -h "$binary" | cut -f1) native binary"
  if ! "$binary" >"$dir/run.log" 2>&1; then
    cat "$dir/run.log"
    echo "The native binary's checks failed ($name)." >&2
    return 1
  fi
  cat "$dir/run.log"
  grep -qxF "$done_line" "$dir/run.log" || { echo "The binary $name did not confirm its checks." >&2; return 1; }
}

smoke LaosRights.AotSmoke 'AOT smoke: all checks passed'
grep -q '^ok   ICCPR ratification date: 2009-09-25$' "$out/LaosRights.AotSmoke/run.log" || { echo "The ratification date was not printed." >&2; exit 1; }
smoke LaosRights.AotSmoke.Export 'AOT export smoke: all checks passed' samples/LaosRights.AotSmoke.Export/known-aot-warnings.txt
echo "Native AOT smoke tests passed in $((SECONDS - start)) s."
