#!/usr/bin/env bash
# Measures teawasi against a directory of spec-test .wast files (e.g. a checkout of the official WebAssembly
# testsuite, kept OUTSIDE this repository): converts each with wabt's wast2json, runs it on the JVM
# (demo/target/teawasi.jar) and on the TeaVM build under node (web/target/npm/bin/teawasi.mjs), and prints a
# per-file table of passed/failed/skipped counts plus totals. SIMD files (simd*) and *.fail.wast are left out.
#
# usage: scripts/official-spectests.sh DIR [--jvm-only|--node-only] [--out OUTDIR] [--verbose]
# Build first: mvn -B -o -q package -DskipTests
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=""; SIDES="jvm node"; OUT="${TMPDIR:-/tmp}/teawasi-spectests"; VERBOSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jvm-only) SIDES="jvm" ;;
    --node-only) SIDES="node" ;;
    --out) OUT="$2"; shift ;;
    --verbose) VERBOSE=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) DIR="$1" ;;
  esac
  shift
done
[ -n "$DIR" ] && [ -d "$DIR" ] || { echo "usage: $0 DIR [--jvm-only|--node-only] [--out OUTDIR] [--verbose]" >&2; exit 2; }
JAR="$ROOT/demo/target/teawasi.jar"; LAUNCHER="$ROOT/web/target/npm/bin/teawasi.mjs"
[ -f "$JAR" ] && [ -f "$LAUNCHER" ] || { echo "build first: mvn -B -o -q package -DskipTests" >&2; exit 2; }
command -v wast2json >/dev/null || { echo "wast2json (Debian package wabt) is missing" >&2; exit 2; }
mkdir -p "$OUT"

declare -A TP TF TS
for s in $SIDES; do TP[$s]=0; TF[$s]=0; TS[$s]=0; done
unconverted=()
printf '%-32s' "file"; for s in $SIDES; do printf ' %24s' "$s passed/failed/skipped"; done; echo

summary_of() { # last "N passed, N failed[, N skipped]" line of a log, as "P F S"
  grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1 \
    | sed -E 's/^([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?.*/\1 \2 \4/' | awk '{print $1, $2, ($3==""?0:$3)}'
}

for wast in "$DIR"/*.wast; do
  name=$(basename "$wast" .wast)
  case "$name" in simd*|*.fail) continue ;; esac
  mkdir -p "$OUT/$name"
  label="$name"
  if ! wast2json "$wast" -o "$OUT/$name/$name.json" >"$OUT/$name/wast2json.log" 2>&1; then
    # some files need proposals wabt does not enable by default; the result is marked with '*'
    if wast2json --enable-all "$wast" -o "$OUT/$name/$name.json" >>"$OUT/$name/wast2json.log" 2>&1; then
      label="$name*"
    elif sed -E -e 's/\((table\.(get|set|size|grow|fill))( \(|\))/(\1 0\3/g' \
                -e 's/\(if \(([a-z0-9_]+\.[a-z0-9_.]+) ([^()]*)\) \(([a-z0-9_.]+)\) \(then/(if (\3 (\1 \2)) (then/g' \
                -e 's/\banyfunc\b/funcref/g' -e 's/\(mem (\(data |[0-9])/(memory \1/g' \
                -e 's/\b(get|set|tee)_local\b/local.\1/g' -e 's/\b(get|set)_global\b/global.\1/g' \
                -e 's/\bcurrent_memory\b/memory.size/g' -e 's/\bgrow_memory\b/memory.grow/g' \
                -e 's/(\.const [-+]?)infinity\b/\1inf/g' \
                -e 's#\b([if](32|64))\.([a-z]+)(_[su])?/([if](32|64))\b#\1.\3_\5\4#g' \
                "$wast" >"$OUT/$name/$name.expanded.wast" &&
         wast2json "$OUT/$name/$name.expanded.wast" -o "$OUT/$name/$name.json" >>"$OUT/$name/wast2json.log" 2>&1; then
      # wabt 1.0.32 lacks the text-format abbreviation "table.get/set/size/grow/fill without a table index" (= table 0);
      # nor a folded if condition made of two plain instructions, "(if (a x) (b) (then" (= "(if (b (a x)) (then",
      # the same instruction sequence), nor the pre-2.0 spellings "anyfunc" (= funcref), "(mem ..." (= memory), "get_local" etc. (= local.get), "infinity" (= inf) and "i32.wrap/i64",
      # "i64.extend_s/i32", ... (= i32.wrap_i64, i64.extend_i32_s, same opcodes); the copy spells these out
      # and is otherwise identical; marked with '~'
      label="$name~"
    else
      unconverted+=("$name: $(head -1 "$OUT/$name/wast2json.log")")
      continue
    fi
  fi
  printf '%-32s' "$label"
  for s in $SIDES; do
    log="$OUT/$name/$s.log"
    if [ "$s" = jvm ]; then
      timeout 600 java -jar "$JAR" spectest "$OUT/$name/$name.json" >"$log" 2>&1
    else
      timeout 600 node "$LAUNCHER" spectest "$OUT/$name/$name.json" >"$log" 2>&1
    fi
    read -r p f k <<<"$(summary_of "$log")"
    if [ -z "${p:-}" ]; then
      printf ' %24s' "CRASH/TIMEOUT"; TF[$s]=$((TF[$s] + 1))
    else
      printf ' %24s' "$p/$f/$k"
      TP[$s]=$((TP[$s] + p)); TF[$s]=$((TF[$s] + f)); TS[$s]=$((TS[$s] + k))
    fi
  done
  echo
  if [ "$VERBOSE" = 1 ]; then
    for s in $SIDES; do grep -vE '^[0-9]+ passed' "$OUT/$name/$s.log" | head -20 | sed "s/^/    [$s] /"; done
  fi
done
echo
echo "* = converted only with wast2json --enable-all; ~ = converted after spelling out abbreviations wabt 1.0.32 lacks (table index 0, multi-instruction folded if condition, pre-2.0 names anyfunc, mem, get_local, infinity, i32.wrap/i64 etc.)"
for u in "${unconverted[@]}"; do echo "not converted by wast2json $(wast2json --version): $u"; done
for s in $SIDES; do echo "total $s: ${TP[$s]} passed, ${TF[$s]} failed, ${TS[$s]} skipped"; done
echo "logs: $OUT/NAME/{jvm,node}.log"
