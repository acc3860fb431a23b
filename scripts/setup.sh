#!/usr/bin/env bash
# Installs what the build and the tests need on a Debian machine that has Java 17 and Maven, skipping what is
# already installed. Called by scripts/demo.sh and scripts/test.sh; safe to run again.
set -euo pipefail

fail() { echo "setup: $*" >&2; exit 1; }

command -v java >/dev/null || fail "java not found: install a JDK 17 or newer (Debian: openjdk-17-jdk)"
command -v mvn >/dev/null || fail "mvn not found: install Maven (Debian: maven)"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || fail "Java ${java_major:-?} found; teawasi needs Java 17 or newer"

# wabt: wat2wasm/wast2json/wasm-objdump for test modules; binaryen, clang, lld, wasi-libc, the wasm32 compiler
# runtime: C test programs for WASI; chromium + chromium-driver: the browser tests.
packages=(wabt binaryen clang lld wasi-libc libclang-rt-14-dev-wasm32 chromium chromium-driver)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

need=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "need root (or sudo) to install: ${need[*]}"
  SUDO="sudo"
fi
echo "setup: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup: done"
fi

# Build and test tools from npm (esbuild, TypeScript, Vite, xterm.js, the demo's programs, the comparison peers),
# installed from the top-level lockfile; skipped when node_modules already matches it.
top="$(cd "$(dirname "$0")/.." && pwd)"
if ! cmp -s "$top/package-lock.json" "$top/node_modules/.teawasi-lock" 2>/dev/null; then
  echo "setup: npm ci"
  (cd "$top" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed"
  cp "$top/package-lock.json" "$top/node_modules/.teawasi-lock"
fi
