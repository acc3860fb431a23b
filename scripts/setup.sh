#!/usr/bin/env bash
# Installs what the build and tests need on a Debian machine that has Java 17 and Maven; skips what is installed.
set -euo pipefail
need=()
for pkg in wabt binaryen clang lld wasi-libc libclang-rt-14-dev-wasm32 chromium chromium-driver; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
