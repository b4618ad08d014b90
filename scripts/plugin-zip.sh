#!/usr/bin/env bash
# Packs the installable plugin as ./ttdt-portal.zip with @wordpress/scripts' plugin-zip.
# It runs inside plugin/ so the archive's root folder is the plugin itself; plugin/package.json
# lists what ships (PHP, built assets, compiled translations, readme.txt — no sources).
set -euo pipefail
cd "$(dirname "$0")/.."

# A missing build, or the development build `npm start` made, is built for production first.
if [ ! -f plugin/build/blocks-manifest.php ] || [ -f plugin/build/.development ]; then
	npm run build
fi
(cd plugin && ../node_modules/.bin/wp-scripts plugin-zip)
mv plugin/ttdt-portal.zip ./ttdt-portal.zip
# The PHP tests (plugin/tests/) never ship: plugin/package.json does not list them; check it.
if command -v unzip >/dev/null && unzip -Z1 ttdt-portal.zip | grep -q '^ttdt-portal/tests/'; then
	echo "plugin-zip: ttdt-portal.zip contains plugin/tests/; remove it from plugin/package.json \"files\"." >&2
	exit 1
fi
