#!/usr/bin/env bash
# Stops the portal started by `npm run start:native` (and MariaDB when no other native site of
# this checkout runs); its data stays in .wp/native.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/native-site.mjs stop dev
