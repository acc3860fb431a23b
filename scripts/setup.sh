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

need=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "need root (or sudo) to install: ${need[*]}"
  SUDO="sudo"
fi
echo "setup: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup: done"
