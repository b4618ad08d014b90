#!/usr/bin/env bash
# `npm run build`: the TypeScript contract from the PHP sources and the bundle of the PHP
# classes, then the blocks and the admin screens (two webpack runs, side by side: each keeps
# one core busy), then the translations of the built scripts.
set -uo pipefail
cd "$(dirname "$0")/.."

# Whatever `npm start` built for development is replaced.
rm -f plugin/build/.development
npm run --silent contract || exit 1
# Every PHP class in one file, which the plugin loads when OPcache is on (issue 10).
node scripts/php-tools/bundle-classes.mjs || exit 1

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
npm run --silent build:blocks >"$logs/blocks.log" 2>&1 &
blocks=$!
npm run --silent build:admin >"$logs/admin.log" 2>&1 &
admin=$!
status=0
wait "$blocks" || status=1
cat "$logs/blocks.log"
wait "$admin" || status=1
cat "$logs/admin.log"
if [ "$status" -ne 0 ]; then
	echo "build: webpack failed (see above)" >&2
	exit 1
fi

node scripts/i18n/build.mjs
