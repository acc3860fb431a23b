#!/usr/bin/env bash
# Converts the official WebAssembly spec suites (kept OUTSIDE this repository, by default ../shared/spec-testsuite
# beside the repository; override with SPEC_TESTSUITE=DIR) into spec-test JSON + module files under OUTDIR:
#   OUTDIR/wasm-2.0/NAME.json, OUTDIR/wasm-3.0/NAME.json, OUTDIR/wasm-3.0/legacy/NAME.json, OUTDIR/wasm-3.0/custom/...
# and writes OUTDIR/files.txt (one converted JSON per line, relative to OUTDIR). Used by the engine's and the web
# module's official-suite tests and by scripts/official-spectests.sh. Nothing is converted twice: a finished
# conversion leaves OUTDIR/files.txt, and a second call returns at once.
#
# Converter: wast2json3 (../shared/tools/wast2json3, or WAST2JSON3=PATH) with --format wabt, which converts every
# file of both suites; without it Debian's wabt wast2json, which converts 141 of the 148 2.0 files and none of 3.0.
# Exit status: 0 converted (or already converted), 3 the suites are absent (a message says where they were looked
# for), 1 a converter failed.
#
# usage: scripts/convert-spec-suites.sh OUTDIR
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: $0 OUTDIR}
SUITES=${SPEC_TESTSUITE:-$ROOT/../shared/spec-testsuite}
W3=${WAST2JSON3:-$SUITES/../tools/wast2json3/wast2json3}

if [ ! -d "$SUITES/wasm-2.0" ]; then
  echo "official spec suites not found at $SUITES (set SPEC_TESTSUITE=DIR, or -Dteawasi.spectestsuite=DIR for Maven): skipped"
  exit 3
fi
if [ -f "$OUT/files.txt" ]; then
  exit 0
fi
mkdir -p "$OUT"
rm -f "$OUT/files.partial"

convert_dir() { # SRC DST: every SRC/*.wast into DST
  local src=$1 dst=$2
  ls "$src"/*.wast >/dev/null 2>&1 || return 0
  mkdir -p "$dst"
  if [ -x "$W3" ]; then
    # one process per folder: ~10 s for the 2.0 suite, ~40 s for 3.0 on 2 cores
    "$W3" "$src"/*.wast -o "$dst" --format wabt -q || { echo "wast2json3 failed on $src" >&2; return 1; }
    for w in "$src"/*.wast; do echo "${dst#$OUT/}/$(basename "$w" .wast).json"; done >>"$OUT/files.partial"
  else
    command -v wast2json >/dev/null || { echo "neither $W3 nor wast2json (Debian package wabt) is available" >&2; return 1; }
    for w in "$src"/*.wast; do
      local n; n=$(basename "$w" .wast)
      if wast2json "$w" -o "$dst/$n.json" >"$dst/$n.wast2json.log" 2>&1; then
        echo "${dst#$OUT/}/$n.json" >>"$OUT/files.partial"
      else
        echo "not converted by $(wast2json --version) (wast2json3 is missing): $src/$n.wast"
      fi
    done
  fi
}

convert_dir "$SUITES/wasm-2.0" "$OUT/wasm-2.0" || exit 1
if [ -d "$SUITES/wasm-3.0" ]; then
  if [ -x "$W3" ]; then
    for sub in "" legacy custom; do
      convert_dir "$SUITES/wasm-3.0${sub:+/$sub}" "$OUT/wasm-3.0${sub:+/$sub}" || exit 1
    done
  else
    echo "the Wasm 3.0 suite needs wast2json3 (looked for $W3): not converted"
  fi
fi
mv "$OUT/files.partial" "$OUT/files.txt"
