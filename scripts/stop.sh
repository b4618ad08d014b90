#!/usr/bin/env bash
# Stops the portal started by `npm start`; its data stays in .wp/dev.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/wp-site.mjs stop dev
