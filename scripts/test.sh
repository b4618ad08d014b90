#!/usr/bin/env bash
# Runs every test: build, lint, type check, PHP checks, jest unit tests, the PHP tests
# (PHPUnit in a real WordPress on MariaDB) and the Playwright
# e2e tests (the HTTP-only specs on a fresh native PHP-FPM + MariaDB site, the browser specs
# and a smoke set on fresh Playground sites; scripts/test-e2e.sh starts and stops them). Every
# stage runs even when an earlier one failed; each stage's time is printed, and the last line
# counts all tests: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
# The e2e stage stops its sites itself; this also covers this script being interrupted.
trap 'bash scripts/stop-test-sites.sh' EXIT
trap 'exit 130' INT TERM HUP
bash scripts/ensure-deps.sh || exit 1

results=artifacts/results
rm -rf "$results"
mkdir -p "$results"
# "<stage> <seconds>" per line; scripts/test-e2e.sh adds one line per e2e runtime.
export TTDT_STAGE_TIMES=$PWD/$results/times.txt

timed() {
	local name=$1 stage_started=$SECONDS
	shift
	"$@"
	local rc=$?
	echo "$name $((SECONDS - stage_started))" >>"$TTDT_STAGE_TIMES"
	return $rc
}

# A check without test cases of its own (build, lint, …) counts as one test.
check() {
	local name=$1
	shift
	echo
	echo "━━ $name"
	if timed "$name" "$@"; then
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
timed jest npx wp-scripts test-unit-js --json --outputFile="$results/jest.json"

echo
echo "━━ phpunit"
timed phpunit bash scripts/test-php.sh "$results"

echo
echo "━━ e2e"
TTDT_E2E_RESULTS="$PWD/$results/e2e.json" bash scripts/test-e2e.sh

echo
echo "━━ time per stage"
echo "total $((SECONDS - started))" >>"$TTDT_STAGE_TIMES"
awk '{ printf "  %-20s %3dm %02ds\n", $1, $2 / 60, $2 % 60 }' "$TTDT_STAGE_TIMES"
node scripts/test-summary.mjs "$results"
