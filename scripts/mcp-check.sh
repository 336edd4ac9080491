#!/usr/bin/env bash
# MCP check: the server as an MCP client nobody here wrote sees it (docs/mcp.md).
#  1. packs samples/LaosRights.Mcp as a .NET tool (Release) into a temporary folder and installs it from there with
#     `dotnet tool install --tool-path`, with an empty NUGET_PACKAGES so no cached copy can stand in for it;
#  2. installs the official TypeScript SDK (@modelcontextprotocol/sdk) with `npm ci` from scripts/mcp-check/package-lock.json;
#  3. runs scripts/mcp-check/check.mjs, which starts the installed `laosrights-mcp` over stdio, initializes, lists the
#     tools, calls each with good and bad arguments, validates every structured result against the tool's declared
#     output schema, checks values from the article, and reads the resources.
# Usage: scripts/mcp-check.sh        (called by .ci/run after the tests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
fail() { echo "MCP check: $*" >&2; exit 1; }

command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed (Node.js 20 or later)."

echo "== MCP check: packing samples/LaosRights.Mcp as a .NET tool =="
if ! dotnet pack "$root/samples/LaosRights.Mcp/LaosRights.Mcp.csproj" -c Release -o "$tmp/feed" -nologo >"$tmp/pack.log" 2>&1; then
  cat "$tmp/pack.log"; fail "dotnet pack failed."
fi
nupkg=$(find "$tmp/feed" -maxdepth 1 -name 'LaosRights.Mcp.*.nupkg' | head -n 1)
[ -n "$nupkg" ] || fail "no LaosRights.Mcp package was produced."
version=$(basename "$nupkg" .nupkg); version=${version#LaosRights.Mcp.}
if ! NUGET_PACKAGES="$tmp/nuget" dotnet tool install --tool-path "$tmp/tool" --add-source "$tmp/feed" LaosRights.Mcp --version "$version" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"; fail "dotnet tool install failed."
fi
[ -x "$tmp/tool/laosrights-mcp" ] || fail "the tool did not install the command laosrights-mcp."
echo "tool LaosRights.Mcp $version installed as laosrights-mcp"

echo "== MCP check: npm ci (the official TypeScript SDK) =="
cp "$root/scripts/mcp-check/package.json" "$root/scripts/mcp-check/package-lock.json" "$root/scripts/mcp-check/.npmrc" "$root/scripts/mcp-check/check.mjs" "$tmp/"
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$tmp/npm.log" 2>&1) || { cat "$tmp/npm.log"; fail "npm ci failed."; }

echo "== MCP check: driving the server =="
(cd "$tmp" && node check.mjs -- "$tmp/tool/laosrights-mcp") || fail "the TypeScript SDK client found problems (above)."
echo "MCP check passed in $((SECONDS - start)) s."
