#!/usr/bin/env bash
# Benchmark `sdw lint` against a bare libyaml event parse of the same corpus, in one run.
#
#   bash Benchmarks/run.sh                 # 10,000 generated canvases, 3 runs each, median
#   COUNT=2000 RUNS=5 bash Benchmarks/run.sh
#   SDW_BIN=.build/release/sdw bash Benchmarks/run.sh   # skip `swift build`
#
# Environment:
#   COUNT         canvases to generate (default 10000)
#   SEED          generator seed (default 1)
#   RUNS          runs per measurement; the median is reported (default 3)
#   CORPUS        use this existing corpus directory instead of generating one
#   SDW_BIN       the sdw binary to measure; default: build it with `swift build -c release`
#   KEEP_WORK=1   keep the temporary directory (corpus, logs, binaries) and print its path
#   BENCH_STRICT=1  exit 1 when a target fails (default: report only, exit 0)
#
# Every row is one call of `measure NAME CMD...` (add `--ok 0,1` when exit status 1 is not
# a failure). Targets are checked with `check_target`. To add rows later, see the section
# "More measurements" below.
set -euo pipefail

unset LC_ALL
export LC_NUMERIC=C  # printf and awk use "." as the decimal point

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"

COUNT="${COUNT:-10000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-3}"
BENCH_STRICT="${BENCH_STRICT:-0}"

# --- Tools ------------------------------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if [ ! -f /usr/include/yaml.h ] || [ ! -x /usr/bin/time ]; then
    echo "installing libyaml-dev and time..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libyaml-dev time >/dev/null
fi
command -v cc >/dev/null || { echo "error: no C compiler (cc) found" >&2; exit 2; }
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sdw-bench.XXXXXX")"
cleanup() {
    if [ "${KEEP_WORK:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- Corpus -----------------------------------------------------------------------------
if [ -n "${CORPUS:-}" ]; then
    echo "corpus: $CORPUS (given)"
else
    CORPUS="$WORK/corpus"
    python3 Benchmarks/generate.py "$CORPUS" --count "$COUNT" --seed "$SEED"
fi
CORPUS_FILES="$(find "$CORPUS" -type f \( -name '*.yaml' -o -name '*.yml' \) | wc -l)"
CORPUS_BYTES="$(find "$CORPUS" -type f \( -name '*.yaml' -o -name '*.yml' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')"

# --- Binaries ---------------------------------------------------------------------------
PARSER="$WORK/yaml-parse"
cc -O2 -o "$PARSER" Benchmarks/yaml-parse.c -lyaml

if [ -z "${SDW_BIN:-}" ]; then
    echo "building sdw (release)..."
    swift build -c release --product sdw
    SDW_BIN="$(swift build -c release --show-bin-path)/sdw"
fi
[ -x "$SDW_BIN" ] || { echo "error: sdw binary not found: $SDW_BIN" >&2; exit 2; }

# --- Measuring --------------------------------------------------------------------------
NAMES=()    # row names, in order
WALLS=()    # median wall seconds
PEAKS=()    # median peak RSS, KB
TARGETS=()  # "label|PASS or FAIL|detail"
FAILED=0

# median N... : the median of the numbers given
median() {
    printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure [--ok CODES] NAME CMD... : run CMD $RUNS times under /usr/bin/time and record the
# median wall time and peak memory as row NAME. CODES (comma-separated, default 0) are the
# exit statuses that count as success; any other status stops the benchmark.
measure() {
    local ok="0"
    if [ "$1" = "--ok" ]; then ok="$2"; shift 2; fi
    local name="$1"; shift
    local walls=() peaks=() i rc tf log
    for ((i = 1; i <= RUNS; i++)); do
        tf="$WORK/time.out"
        log="$WORK/run-${#NAMES[@]}-$i.log"
        if /usr/bin/time -f '%e %M' -o "$tf" "$@" >"$log" 2>&1; then rc=0; else rc=$?; fi
        if [[ ",$ok," != *",$rc,"* ]]; then
            echo "error: '$name' exited with status $rc (run $i): $*" >&2
            tail -n 20 "$log" >&2
            exit 2
        fi
        # GNU time writes "Command exited with non-zero status N" before the format line.
        read -r wall peak < <(tail -n 1 "$tf")
        walls+=("$wall"); peaks+=("$peak")
        printf '  %-34s run %d: %6.2f s %8.1f MB (exit %d)\n' "$name" "$i" "$wall" \
            "$(awk -v k="$peak" 'BEGIN {print k / 1024}')" "$rc"
    done
    NAMES+=("$name")
    WALLS+=("$(median "${walls[@]}")")
    PEAKS+=("$(median "${peaks[@]}")")
}

# row NAME : the index of row NAME
row() {
    local i
    for i in "${!NAMES[@]}"; do [ "${NAMES[$i]}" = "$1" ] && { echo "$i"; return; }; done
    echo "error: no row named '$1'" >&2; exit 2
}
wall_of() { echo "${WALLS[$(row "$1")]}"; }
peak_mb_of() { awk -v k="${PEAKS[$(row "$1")]}" 'BEGIN {printf "%.1f", k / 1024}'; }
ratio_of() { awk -v a="$(wall_of "$1")" -v b="$(wall_of "$2")" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }

# check_target LABEL VALUE LIMIT UNIT : PASS when VALUE <= LIMIT
check_target() {
    local label="$1" value="$2" limit="$3" unit="$4" verdict
    if awk -v v="$value" -v l="$limit" 'BEGIN {exit !(v <= l)}'; then verdict=PASS; else verdict=FAIL; FAILED=1; fi
    TARGETS+=("$label|$verdict|$value$unit (limit $limit$unit)")
}

echo
echo "corpus: $CORPUS_FILES files, $(awk -v b="$CORPUS_BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB; $RUNS runs each; $(nproc) cores"
BASE="bare libyaml parse"
LINT="sdw lint"

measure "$BASE" ${PIN[@]+"${PIN[@]}"} "$PARSER" "$CORPUS"
# sdw lint exits 1 when findings reach error severity: that is a result, not a failure.
measure --ok 0,1 "$LINT" "$SDW_BIN" lint --quiet "$CORPUS"

check_target "lint wall <= 1.5x bare parse" "$(ratio_of "$LINT" "$BASE")" 1.5 "x"
check_target "lint peak memory <= 150 MB" "$(peak_mb_of "$LINT")" 150 " MB"

# --- More measurements ------------------------------------------------------------------
# Later steps add their rows and targets here, e.g. storing the corpus and searching it:
#
#   STORE="$WORK/store.sqlite"
#   measure "sdw add" "$SDW_BIN" add --store "$STORE" "$CORPUS"
#   measure "sdw search" "$SDW_BIN" search --store "$STORE" "пенсионери"
#   check_target "search wall <= 0.5 s" "$(wall_of "sdw search")" 0.5 " s"
#
# Every command here can use $SDW_BIN, $CORPUS, $WORK (a temporary directory) and $ROOT.

# --- Report -----------------------------------------------------------------------------
echo
printf '%-36s %9s %9s %12s\n' "name" "wall s" "peak MB" "vs parse"
printf '%-36s %9s %9s %12s\n' "----" "------" "-------" "--------"
for i in "${!NAMES[@]}"; do
    printf '%-36s %9.2f %9.1f %11.2fx\n' "${NAMES[$i]}" "${WALLS[$i]}" \
        "$(awk -v k="${PEAKS[$i]}" 'BEGIN {print k / 1024}')" "$(ratio_of "${NAMES[$i]}" "$BASE")"
done
echo
printf '%-36s %-6s %s\n' "target" "result" "measured"
for t in "${TARGETS[@]}"; do
    IFS='|' read -r label verdict detail <<<"$t"
    printf '%-36s %-6s %s\n' "$label" "$verdict" "$detail"
done

if [ "$FAILED" = 1 ] && [ "$BENCH_STRICT" = 1 ]; then exit 1; fi
exit 0
