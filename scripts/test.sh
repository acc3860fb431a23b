#!/usr/bin/env bash
# Runs every test: the JVM unit and spec tests, the TeaVM build under node, HtmlUnit and headless Chromium.
# Extra arguments go to Maven (e.g. -Dteawasi.skipBrowser=true while developing; never in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# clean: the browser and node tests check the packaged artifacts, so nothing stale may survive from earlier builds
exec mvn -B clean verify "$@"
