#!/usr/bin/env bash
# Runs every test: JVM unit tests, the TeaVM build under node, HtmlUnit, headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mvn -B verify "$@"
