#!/usr/bin/env bash
# Packs the installable plugin as ./ttdt-portal.zip with @wordpress/scripts' plugin-zip.
# It runs inside plugin/ so the archive's root folder is the plugin itself; plugin/package.json
# lists what ships (PHP, built assets, compiled translations, readme.txt — no sources).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f plugin/build/blocks-manifest.php ]; then
	npm run build
fi
(cd plugin && ../node_modules/.bin/wp-scripts plugin-zip)
mv plugin/ttdt-portal.zip ./ttdt-portal.zip
