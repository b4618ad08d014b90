#!/usr/bin/env bash
# Runs every test: build, lint, type check, PHP checks, jest unit tests and the Playwright
# e2e tests (against WordPress sites it starts and stops itself). Every stage runs even when
# an earlier one failed; the last line counts all tests: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh || exit 1

results=artifacts/results
rm -rf "$results"
mkdir -p "$results"

# A check without test cases of its own (build, lint, …) counts as one test.
check() {
	local name=$1
	shift
	echo
	echo "━━ $name"
	if "$@"; then
		echo "$name passed" >>"$results/checks.txt"
	else
		echo "$name failed" >>"$results/checks.txt"
	fi
}

check build npm run --silent build
check lint npm run --silent lint
check typecheck npm run --silent typecheck
check php-check npm run --silent check:php

echo
echo "━━ jest"
npx wp-scripts test-unit-js --json --outputFile="$results/jest.json"

echo
echo "━━ e2e"
TTDT_E2E_RESULTS="$PWD/$results/e2e.json" bash scripts/test-e2e.sh

echo
node scripts/test-summary.mjs "$results"
