#!/usr/bin/env bash
# Test tools, idempotent: Debian's chromium and gdal-bin, and the Leaflet/folium assets from npm.
# Playwright drives /usr/bin/chromium (no browser download); tests/assets/node_modules is
# what tests/test_browser.py, scripts/screenshot.py and bench/map_scale.py serve CDN files from.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
apt_install() {
    if [ -z "${apt_updated:-}" ]; then $sudo apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
if ! command -v npm >/dev/null; then apt_install nodejs npm; fi
# GDAL's own command line reader, for the test that opens our GeoJSON with ogrinfo.
if ! command -v ogrinfo >/dev/null; then apt_install gdal-bin; fi

stamp=tests/assets/node_modules/.geo-installed-lock
if ! cmp -s tests/assets/package-lock.json "$stamp" 2>/dev/null; then
    # npm ci installs exactly the committed lock file; the packages need no install scripts.
    npm ci --prefix tests/assets --ignore-scripts --no-audit --no-fund --loglevel=error
    cp tests/assets/package-lock.json "$stamp"
fi

echo "browser setup: $(/usr/bin/chromium --version 2>/dev/null || echo chromium), npm assets in tests/assets/node_modules"
