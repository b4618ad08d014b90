#!/usr/bin/env bash
# Runs the Playwright tests in Debian's Chromium against throw-away WordPress sites that it
# starts (the portal with the plugin on :8889, a clean site on :8890) and stops afterwards.
# Extra arguments go to Playwright, e.g. `npm run test:e2e -- e2e/specs/settings.spec.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
rm -f ttdt-portal.zip
bash scripts/plugin-zip.sh >/dev/null

stop_sites() {
	node scripts/wp-site.mjs stop test >/dev/null 2>&1 || true
	node scripts/wp-site.mjs stop clean >/dev/null 2>&1 || true
}
trap stop_sites EXIT

node scripts/wp-site.mjs start test
node scripts/wp-site.mjs start clean

npx playwright test --config e2e/playwright.config.ts "$@"
