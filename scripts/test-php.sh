#!/usr/bin/env bash
# Runs the plugin's PHP tests (plugin/tests/) with Debian's PHPUnit inside a real WordPress on
# MariaDB, and writes the JUnit report the test summary reads.
#
#   bash scripts/test-php.sh [results-dir] [phpunit options…]   → <results-dir>/phpunit.xml
#
# With TTDT_WP_PATH set (the folder holding wp-load.php), the tests use that site. Otherwise a
# fresh native test site (PHP + MariaDB, scripts/native-site.mjs) is started on port
# TTDT_PHPUNIT_PORT (default: TTDT_TEST_PORT + 2, i.e. 8891) and stopped afterwards.
# Every test runs in a transaction that is rolled back, so the site is left as it was.
# Then the `network` suite (plugin/tests/Network) runs on a fresh subdirectory Multisite network
# (`native-site.mjs start network`, port TTDT_PHPUNIT_NETWORK_PORT, default TTDT_TEST_PORT + 3)
# → <results-dir>/phpunit-network.xml; with TTDT_WP_PATH set, only when
# TTDT_WP_NETWORK_PATH (and TTDT_WP_NETWORK_HOST, e.g. localhost:8892) name a network.
set -uo pipefail
cd "$(dirname "$0")/.."

results=${1:-artifacts/results}
shift || true
mkdir -p "$results"
report="$(cd "$results" && pwd)/phpunit.xml"
# A report left by an earlier run must never pass for this one.
network_report="$(cd "$results" && pwd)/phpunit-network.xml"
rm -f "$report" "$network_report"

if ! command -v phpunit >/dev/null; then
	echo "Cài đặt PHPUnit (gói Debian)…"
	sudo_cmd=()
	if [ "$(id -u)" -ne 0 ]; then
		sudo_cmd=(sudo)
	fi
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq phpunit >/dev/null || exit 1
fi

started_port=
if [ -z "${TTDT_WP_PATH:-}" ]; then
	if [ ! -f scripts/native-site.mjs ]; then
		echo "test-php: set TTDT_WP_PATH to a WordPress test site on MariaDB (the folder holding wp-load.php); scripts/native-site.mjs, which would start one, is missing." >&2
		exit 1
	fi
	started_port=${TTDT_PHPUNIT_PORT:-$(( ${TTDT_TEST_PORT:-8889} + 2 ))}
	stop_site() {
		node scripts/native-site.mjs stop test --port "$started_port" >/dev/null 2>&1 || true
	}
	trap stop_site EXIT
	node scripts/native-site.mjs start test --port "$started_port" || exit 1
	export TTDT_WP_PATH="$PWD/.wp/native/sites/test-$started_port/wordpress"
fi

phpunit --configuration phpunit.xml.dist --testsuite ttdt-portal --log-junit "$report" "$@"
status=$?
if [ ! -f "$report" ]; then
	echo "test-php: PHPUnit wrote no report ($report)." >&2
	status=1
fi

if [ -n "$started_port" ]; then
	stop_site
	network_port=${TTDT_PHPUNIT_NETWORK_PORT:-$(( ${TTDT_TEST_PORT:-8889} + 3 ))}
	stop_network() {
		node scripts/native-site.mjs stop network --port "$network_port" >/dev/null 2>&1 || true
	}
	trap stop_network EXIT
	node scripts/native-site.mjs start network --port "$network_port" || exit 1
	export TTDT_WP_NETWORK_PATH="$PWD/.wp/native/sites/network-$network_port/wordpress"
	export TTDT_WP_NETWORK_HOST="localhost:$network_port"
fi
if [ -n "${TTDT_WP_NETWORK_PATH:-}" ]; then
	# WordPress finds the network's main site from the request's host.
	TTDT_WP_PATH=$TTDT_WP_NETWORK_PATH HTTP_HOST=$TTDT_WP_NETWORK_HOST \
		phpunit --configuration phpunit.xml.dist --testsuite network --log-junit "$network_report" "$@"
	network_status=$?
	if [ ! -f "$network_report" ]; then
		echo "test-php: PHPUnit wrote no report ($network_report)." >&2
		network_status=1
	fi
	[ $network_status -eq 0 ] || status=$network_status
fi
exit $status
