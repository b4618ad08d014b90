#!/usr/bin/env bash
# Playwright cannot download its own browser here: the tests use Debian's Chromium.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
	exit 0
fi
echo "Cài đặt Chromium (gói Debian)…"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
	sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
