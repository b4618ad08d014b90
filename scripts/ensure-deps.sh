#!/usr/bin/env bash
# Installs the project's npm dependencies when they are missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
	echo "Cài đặt các gói npm…"
	npm ci --no-audit --no-fund
fi
