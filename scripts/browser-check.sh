#!/usr/bin/env bash
# Checks the HTML report (docs/report.md) in a real browser: Debian's Chromium, headless, driven by playwright-core.
#   scripts/browser-check.sh                         makes the full report with samples/LaosRights.Report and checks it
#   scripts/browser-check.sh REPORT.html [DATA.json] checks a report made elsewhere, against the dataset it shows
#                                                    (default: the embedded src/LaosRights.Data/Data/dataset.json)
# It installs what is missing: Debian's chromium (apt-get, when run as root), and playwright-core and
# @axe-core/playwright from npm at the versions in scripts/browser-check/package-lock.json (npm ci; no browser is
# downloaded: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, the system Chromium is used). What it checks is listed at the top of
# scripts/browser-check/check.mjs. Screenshots and the report go to artifacts/browser-check/ (git-ignored).
# Ends with one line "browser check: passed" or "browser check: FAILED …"; the exit code is 0 only when it passed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
artifacts="$root/artifacts/browser-check"
mkdir -p "$artifacts"

failed() { echo "browser check: FAILED ($1)"; exit 1; }

# 1. Chromium from Debian, when missing.
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    failed "no chromium on this machine, and apt-get cannot install it here: install Debian's chromium, or set CHROMIUM to a Chromium binary"
  fi
  echo "Installing Debian's chromium…"
  # Waits for another apt or dpkg to finish instead of failing at once.
  apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null || failed "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium >/dev/null \
    || failed "apt-get install chromium failed"
  chromium="$(command -v chromium)"
fi
export CHROMIUM="$chromium"
echo "Chromium: $("$chromium" --version 2>/dev/null | head -n 1)"

# 2. Node.js (playwright-core needs 20 or later) and the npm packages, exactly as locked.
command -v node >/dev/null && command -v npm >/dev/null || failed "node and npm are needed (Node.js 20 or later)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || failed "Node.js $(node --version) is too old: playwright-core needs 20 or later"
(cd scripts/browser-check && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || failed "npm ci in scripts/browser-check failed"

# 3. The report: given, or made by the sample from the embedded data.
report="${1:-}"
dataset="${2:-$root/src/LaosRights.Data/Data/dataset.json}"
if [ -z "$report" ]; then
  report="$artifacts/report.html"
  rm -f "$report"
  dotnet run --project samples/LaosRights.Report -- --out "$report" --force >/dev/null || failed "samples/LaosRights.Report could not make the report"
fi
[ -f "$report" ] || failed "no report at $report"

# 4. The checks, in the browser.
node scripts/browser-check/check.mjs "$report" "$dataset" "$artifacts"
