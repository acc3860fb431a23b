#!/usr/bin/env bash
# The benchmark (not part of the tests; method in bench/README.md): builds the engine, the bench module and the TeaVM build, then
# runs every program of the corpus on teawasi's interpreter (JVM), Chicory's interpreter (JVM), teawasi's TeaVM build
# on node, and node's V8 for reference, one fresh process per program and runtime, and prints the table.
#
#   scripts/bench.sh [--no-build] [--memory] [driver options]
#
# Driver options (bench/src/main/java/dev/teawasi/bench/BenchMain.java): --programs fib,sieve  --runtimes
# teawasi,chicory,teavm,v8  --warmup N (default 1)  --runs N (default 1)  --timeout SECONDS  --jvm-opt OPT
# --out FILE. The corpus is $TEAWASI_BENCH_CORPUS if set, else bench/corpus built into bench/target/corpus
# (bench/corpus/build.sh, needs clang and wasi-libc). --memory runs the memory.copy/memory.fill micro-benchmark instead (JVM and node; option
# --seconds S per case, default 0.5).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=1
mode=programs
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --memory) mode=memory ;;
    *) args+=("$a") ;;
  esac
done
corpus=${TEAWASI_BENCH_CORPUS:-}
if [ -z "$corpus" ] && [ "$mode" = programs ]; then
  corpus="$root/bench/target/corpus"
  # (re)build when missing or older than a source
  if [ ! -f "$corpus/PROGRAMS.tsv" ] || [ -n "$(find "$root/bench/corpus" -newer "$corpus/PROGRAMS.tsv" -type f)" ]; then
    echo "bench: building the corpus into bench/target/corpus" >&2
    "$root/bench/corpus/build.sh" "$corpus" > /dev/null
  fi
fi
if [ "$build" = 1 ]; then
  # web's package phase is the TeaVM build (web/target/npm/); the classpath file lists bench's dependencies
  mvn -B -q -pl web,bench -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
fi
cp="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"
if [ "$mode" = memory ]; then
  echo "JVM (teawasi and Chicory interpreters; Java baseline on a byte[]):"
  java -cp "$cp" dev.teawasi.bench.BenchMain memory "${args[@]}"
  echo
  echo "node (teawasi's TeaVM build, V8's own wasm; JS baseline on a Uint8Array):"
  exec node --no-warnings bench/src/main/node/memory-bench.mjs --module web/target/npm/cli/node-core.js "${args[@]}"
fi
exec java -cp "$cp" dev.teawasi.bench.BenchMain --corpus "$corpus" --root "$root" "${args[@]}"
