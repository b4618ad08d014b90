#!/usr/bin/env bash
# Stops the throw-away test sites of $TTDT_TEST_PORT (default 8889) on both runtimes: the
# portal on the port and the clean site on port + 1, native and Playground. Safe to call when
# nothing runs; MariaDB stops too unless another native site of this checkout (dev) runs.
cd "$(dirname "$0")/.."
port=${TTDT_TEST_PORT:-8889}
node scripts/native-site.mjs stop test --port "$port" >/dev/null 2>&1
node scripts/native-site.mjs stop clean --port "$((port + 1))" >/dev/null 2>&1
node scripts/native-site.mjs stop network --port "$((port + 3))" >/dev/null 2>&1
TTDT_TEST_PORT=$port node scripts/wp-site.mjs stop test >/dev/null 2>&1
TTDT_TEST_PORT=$port node scripts/wp-site.mjs stop clean >/dev/null 2>&1
exit 0
