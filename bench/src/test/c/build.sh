#!/usr/bin/env bash
# Rebuilds ../resources/smoke.wasm (needs Debian's clang lld wasi-libc libclang-rt-14-dev-wasm32).
set -euo pipefail
cd "$(dirname "$0")"
clang --target=wasm32-wasi -O2 -Wl,--strip-debug smoke.c -o ../resources/smoke.wasm
