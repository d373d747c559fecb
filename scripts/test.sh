#!/usr/bin/env bash
# The whole test suite: types, data, unit tests, production build, browser tests, the ClickHouse store.
# Installs Debian's Chromium and poppler-utils first when missing (browser and print tests need them); the
# ClickHouse step installs Debian's clickhouse-server when missing (scripts/clickhouse/cluster.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium drives the browser tests; poppler-utils (pdftoppm, pdftotext) renders the print test's PDFs.
MISSING=""
[ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
[ -x /usr/bin/pdftoppm ] || MISSING="$MISSING poppler-utils"
if [ -n "$MISSING" ]; then
	echo "== installing Debian's$MISSING (needed by the browser tests)"
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086 # one word per package
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
fi

echo "== formatting (prettier --check)"
npm run --silent format:check
echo "== type check (svelte-check)"
npm run --silent check
echo "== data check (data/)"
npm run --silent check:data
echo "== unit tests"
npm run --silent test:unit
echo "== production build"
npx vite build --logLevel warn
echo "== browser tests (Chromium)"
npm run --silent test:e2e
echo "== ClickHouse store (two local shards, the built server on them)"
# The build above is the one the route tests start: no second build.
CLICKHOUSE_TEST_BUILT=1 npm run --silent test:clickhouse
