#!/usr/bin/env bash
# Builds teawasi and serves the demo page on http://127.0.0.1:8080/ (pass --port N to change; 0 = any free port).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mvn -B -q package -DskipTests
exec java -jar demo/target/teawasi.jar serve "$@"
