#!/usr/bin/env bash
# Per-file pass/fail/skip table of the official WebAssembly 2.0 and 3.0 spec suites (../shared/spec-testsuite, or
# SPEC_TESTSUITE=DIR; converted by scripts/convert-spec-suites.sh) on the JVM (demo/target/teawasi.jar) and on the
# TeaVM build under node (web/target/npm/bin/teawasi.mjs). The build runs the same suites as tests
# (OfficialSuiteTest, NodeOfficialSuiteTest); this script is for looking at single files and their failures.
#
# usage: scripts/official-spectests.sh [--jvm-only|--node-only] [--out OUTDIR] [--verbose] [GLOB]
#   GLOB selects files by their path inside the suites folder, e.g. 'wasm-2.0/simd_*' (default: all)
# Build first: mvn -B -o -q package -DskipTests
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIDES="jvm node"; OUT="$ROOT/target/official-spectests"; VERBOSE=0; SELECT='*'
while [ $# -gt 0 ]; do
  case "$1" in
    --jvm-only) SIDES="jvm" ;;
    --node-only) SIDES="node" ;;
    --out) OUT="$2"; shift ;;
    --verbose) VERBOSE=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) SELECT="$1" ;;
  esac
  shift
done
JAR="$ROOT/demo/target/teawasi.jar"; LAUNCHER="$ROOT/web/target/npm/bin/teawasi.mjs"
[ -f "$JAR" ] && [ -f "$LAUNCHER" ] || { echo "build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
scripts/convert-spec-suites.sh "$OUT" || exit 2

declare -A TP TF TS
for s in $SIDES; do TP[$s]=0; TF[$s]=0; TS[$s]=0; done
printf '%-40s' "file"; for s in $SIDES; do printf ' %24s' "$s passed/failed/skipped"; done; echo
while read -r rel; do
  name=${rel%.json}
  # shellcheck disable=SC2053
  [[ $name == $SELECT ]] || continue
  printf '%-40s' "$name"
  PROFILE=(); [[ $name == wasm-2.0/* ]] && PROFILE=(--wasm-2.0) # 3.0 changed a few 2.0 rules
  for s in $SIDES; do
    log="$OUT/$name.$s.log"
    if [ "$s" = jvm ]; then
      timeout 600 java -jar "$JAR" spectest "${PROFILE[@]}" "$OUT/$rel" >"$log" 2>&1
    else
      timeout 600 node "$LAUNCHER" spectest "${PROFILE[@]}" "$OUT/$rel" >"$log" 2>&1
    fi
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
    if [ -z "$line" ]; then
      printf ' %24s' "CRASH/TIMEOUT"; TF[$s]=$((TF[$s] + 1))
    else
      read -r p f k <<<"$(sed -E 's/^([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?.*/\1 \2 \4/' <<<"$line" | awk '{print $1, $2, ($3==""?0:$3)}')"
      printf ' %24s' "$p/$f/$k"
      TP[$s]=$((TP[$s] + p)); TF[$s]=$((TF[$s] + f)); TS[$s]=$((TS[$s] + k))
    fi
  done
  echo
  if [ "$VERBOSE" = 1 ]; then
    for s in $SIDES; do grep -vE '^[0-9]+ passed' "$OUT/$name.$s.log" | head -20 | sed "s/^/    [$s] /"; done
  fi
done <"$OUT/files.txt"
echo
for s in $SIDES; do echo "total $s: ${TP[$s]} passed, ${TF[$s]} failed, ${TS[$s]} skipped"; done
echo "logs: $OUT/NAME.{jvm,node}.log"
