#!/usr/bin/env bash
# Compiles every benchmark in src/ to OUT/wasm (wasm32-wasi, -O2), plus -mbulk-memory variants (*.bulk.wasm) and
# -msimd128 variants (*.simd.wasm: what clang vectorises; wasi-libc itself stays scalar), and
# copies PROGRAMS.tsv beside them, so OUT is a corpus directory for the driver. Records sizes (and whether
# bulk-memory opcodes were emitted) in OUT/wasm/SIZES.txt. Needs Debian's clang lld wasi-libc
# libclang-rt-14-dev-wasm32 (scripts/setup.sh installs them); with them the output is byte-identical to the corpus
# the results in bench/results/ were measured on.
#
#   bench/corpus/build.sh OUT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build.sh OUT}
mkdir -p "$out/wasm"
out=$(cd "$out" && pwd)
CC=${CC:-clang}
CFLAGS=${CFLAGS:-"-O2 -Wl,--strip-debug"}
sizes="$out/wasm/SIZES.txt"
printf '%-16s %10s %12s %s\n' program bytes bulk_bytes bulk_ops_in_bulk_variant > "$sizes"
for c in "$here"/src/*.c; do
  name=$(basename "$c" .c)
  $CC --target=wasm32-wasi $CFLAGS "$c" -o "$out/wasm/$name.wasm" -lm
  $CC --target=wasm32-wasi $CFLAGS -mbulk-memory -ftls-model=local-exec "$c" -o "$out/wasm/$name.bulk.wasm" -lm
  $CC --target=wasm32-wasi $CFLAGS -msimd128 "$c" -o "$out/wasm/$name.simd.wasm" -lm
  s1=$(stat -c %s "$out/wasm/$name.wasm"); s2=$(stat -c %s "$out/wasm/$name.bulk.wasm")
  ops=0
  if command -v wasm2wat >/dev/null; then
    ops=$(wasm2wat "$out/wasm/$name.bulk.wasm" 2>/dev/null | grep -cE 'memory\.(copy|fill)' || true)
  fi
  printf '%-16s %10s %12s %s\n' "$name" "$s1" "$s2" "$ops" >> "$sizes"
done
cp "$here/PROGRAMS.tsv" "$out/PROGRAMS.tsv"
