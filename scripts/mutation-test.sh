#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local dotnet tool pinned in dotnet-tools.json).
# Usage: scripts/mutation-test.sh      (reports in tests/LaosRights.Data.Tests/StrykerOutput/<date>/reports/)
# The property and fuzz tests run a twentieth of their cases here (LAOSRIGHTS_QUICK_TESTS=1), because Stryker
# runs the suite once per group of mutants; `dotnet test` always runs them in full.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore
export LAOSRIGHTS_QUICK_TESTS=1
cd tests/LaosRights.Data.Tests
dotnet stryker --config-file "$root/stryker-config.json" "$@"
