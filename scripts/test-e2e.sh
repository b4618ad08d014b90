#!/usr/bin/env bash
# Runs the Playwright tests in Debian's Chromium in two stages, each against fresh throw-away
# WordPress sites that it starts and stops itself (also when a test or a start fails):
#   native      the specs that only talk HTTP, on PHP-FPM 8.2 + MariaDB + nginx (fast; the
#               runtime of a real server), portal on $TTDT_TEST_PORT (default 8889);
#   playground  the browser specs and the smoke set, on Playground: portal on port + 10 while
#               the native stage runs (on the same port when run alone), the clean site for
#               the zip install on the portal's port + 1.
# scripts/e2e-runtimes.mjs says which spec goes where. Extra arguments go to Playwright: spec
# files choose specs (a stage with none of them is skipped), other options go to every stage,
# e.g. `npm run test:e2e -- e2e/specs/settings.spec.ts`. The zip install (plugin-zip.spec.ts)
# runs apart, on the clean site only. TTDT_E2E_RUNTIME=native|playground
# runs only that stage, and the given spec files on it whatever their kind.
# The stages' reports are merged into $TTDT_E2E_RESULTS (default artifacts/e2e-<port>/results.json);
# with TTDT_STAGE_TIMES set, each stage appends "<name> <seconds>" to that file.
set -uo pipefail
cd "$(dirname "$0")/.."

port=${TTDT_TEST_PORT:-8889}
export TTDT_TEST_PORT=$port
artifacts=$PWD/artifacts/e2e-$port
results=${TTDT_E2E_RESULTS:-$artifacts/results.json}
mkdir -p "$artifacts" "$(dirname "$results")"

specs=()
options=()
for arg in "$@"; do
	if [[ $arg =~ \.spec\.ts(:[0-9]+)*$ ]]; then
		specs+=("$arg")
	else
		options+=("$arg")
	fi
done

stop_sites() {
	bash scripts/stop-test-sites.sh
}
trap stop_sites EXIT
trap 'exit 130' INT TERM HUP

bash scripts/ensure-chromium.sh || exit 1

status=0
merge_inputs=()

elapsed() {
	printf '%dm %02ds' $(($1 / 60)) $(($1 % 60))
}

# Runs some specs on one fresh site: `<report name> <runtime> test|clean <specs…>`. The zip
# install runs apart on the clean site, so only one WordPress runs at a time.
run_part() {
	local name=$1 runtime=$2 site=$3 script=scripts/wp-site.mjs site_port=$port
	shift 3
	if [ "$runtime" = native ]; then
		script=scripts/native-site.mjs
	fi
	local report=$artifacts/results-$name.json
	rm -f "$report"
	merge_inputs+=("$name=$report")
	# Playwright's portal is the network's main site there (the clean site is found as port + 1).
	local playwright_port=$port
	if [ "$site" = network ]; then
		site_port=$((port + 3))
		playwright_port=$site_port
	fi
	if [ "$site" = clean ]; then
		site_port=$((port + 1))
		rm -f ttdt-portal.zip
		bash scripts/plugin-zip.sh >/dev/null || {
			status=1
			return
		}
	fi
	if node "$script" start "$site" --port "$site_port"; then
		TTDT_E2E_CLEAN_ONLY=$([ "$site" = clean ] && echo 1) TTDT_E2E_RESULTS=$report TTDT_TEST_PORT=$playwright_port \
			npx playwright test --config e2e/playwright.config.ts "${options[@]}" "$@" || status=1
	else
		echo "e2e $name: the site did not start" >&2
		status=1
	fi
	stop_sites
	echo "━━ e2e $name: $(node -e '
		const fs = require("fs");
		const file = process.argv[1];
		if (!fs.existsSync(file)) { console.log("no result"); process.exit(); }
		const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
		console.log(`${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);
	' "$report")"
}

# The Multisite specs (e2e/specs/network/) run with the native stage, on a network of the
# production stack (three communes, port + 3).
run_network_part() {
	local list network_specs=()
	[ "$1" = native ] || return 0
	list=$(node scripts/e2e-runtimes.mjs network "${specs[@]}") || {
		status=1
		return 0
	}
	[ -n "$list" ] || return 0
	mapfile -t network_specs <<<"$list"
	run_part network native network "${network_specs[@]}"
}

run_stage() {
	local stage=$1 started=$SECONDS list selected=() portal=() zip=()
	if [ -n "${TTDT_E2E_RUNTIME:-}" ] && [ "$TTDT_E2E_RUNTIME" != "$stage" ]; then
		return 0
	fi
	# Set for the Playground stage started beside the native one: same choice of specs.
	if [ -n "${TTDT_E2E_ONLY_STAGE:-}" ] && [ "$TTDT_E2E_ONLY_STAGE" != "$stage" ]; then
		return 0
	fi
	list=$(node scripts/e2e-runtimes.mjs "$stage" "${specs[@]}") || {
		status=1
		return 0
	}
	if [ -z "$list" ]; then
		echo "━━ e2e $stage: no spec to run here"
		run_network_part "$stage"
		return 0
	fi
	mapfile -t selected <<<"$list"
	for spec in "${selected[@]}"; do
		if [[ $spec == *plugin-zip.spec.ts* ]]; then
			zip+=("$spec")
		else
			portal+=("$spec")
		fi
	done
	echo
	echo "━━ e2e $stage: ${#selected[@]} spec files"
	if [ ${#portal[@]} -gt 0 ]; then
		run_part "$stage" "$stage" test "${portal[@]}"
	fi
	if [ ${#zip[@]} -gt 0 ]; then
		run_part "$stage-zip" "$stage" clean "${zip[@]}"
	fi
	run_network_part "$stage"
	local seconds=$((SECONDS - started))
	if [ -n "${TTDT_STAGE_TIMES:-}" ]; then
		echo "e2e-$stage $seconds" >>"$TTDT_STAGE_TIMES"
	fi
	echo "━━ e2e $stage: done in $(elapsed "$seconds")"
}

if [ -z "${TTDT_E2E_RUNTIME:-}${TTDT_E2E_ONLY_STAGE:-}" ] && [ "${TTDT_E2E_SERIAL:-}" != 1 ]; then
	# Both runtimes at once, each on its own ports: Playground's one PHP worker spends most of
	# its time waiting on itself, so the native stage fits beside it on two cores.
	# TTDT_E2E_SERIAL=1 runs them one after the other.
	playground_report=$artifacts/results-playground-all.json
	playground_log=$artifacts/playground.log
	rm -f "$playground_report"
	TTDT_E2E_ONLY_STAGE=playground TTDT_TEST_PORT=$((port + 10)) \
		TTDT_E2E_RESULTS=$playground_report bash "$PWD/scripts/test-e2e.sh" "$@" >"$playground_log" 2>&1 &
	playground_pid=$!
	run_stage native
	wait "$playground_pid" || status=1
	echo
	sed 's/^/[playground] /' "$playground_log"
	merge_inputs+=("playground=$playground_report")
else
	run_stage native
	run_stage playground
fi

node scripts/e2e-merge-results.mjs "$results" "${merge_inputs[@]}" || status=1
exit "$status"
