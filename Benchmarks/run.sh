#!/usr/bin/env bash
# Benchmark, in one run: a bare libyaml event parse of the corpus, `sdw lint`, `sdw add` into an
# empty store (against lint), `sdw search` (median over queries), and `sdw report` of one canvas
# and of a workshop of ten canvases, as HTML, DOCX and ODT.
#
#   bash Benchmarks/run.sh                 # 10,000 generated canvases, 3 runs each, median
#   COUNT=2000 RUNS=5 bash Benchmarks/run.sh
#   SDW_BIN=.build/release/sdw bash Benchmarks/run.sh   # skip `swift build`
#
# Environment:
#   COUNT         canvases to generate (default 10000)
#   SEED          generator seed (default 1)
#   RUNS          runs per measurement; the median is reported (default 3). The parse, lint
#                 and add run in RUNS rounds of one each (in the opposite order every other
#                 round), and their ratios are the medians of the ratios within a round, so the
#                 machine's drift moves both sides alike
#   CORPUS        use this existing corpus directory instead of generating one
#   SDW_BIN       the sdw binary to measure; default: build it with
#                 `swift build -c release --static-swift-stdlib --scratch-path .build-static`
#   KEEP_WORK=1   keep the temporary directory (corpus, logs, binaries) and print its path
#   BENCH_STRICT=1  exit 1 when a target fails (default: report only, exit 0)
#
# Every row is one call of `measure NAME CMD...` (add `--ok 0,1` when exit status 1 is not
# a failure), or runs of `run_once NAME CMD...` in rounds and one `finish_row NAME`. Targets are checked with `check_target`. To add rows later, see the section
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
    # The standard library linked in statically, as for an installed sdw: it starts ~6 ms
    # faster, which counts for one-shot commands such as search and report.
    swift build -c release --product sdw --static-swift-stdlib --scratch-path .build-static
    SDW_BIN="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/sdw"
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

declare -A ROUND_WALLS ROUND_PEAKS  # per row name: the runs so far, space-separated

# run_once [--ok CODES] NAME CMD... : run CMD once under /usr/bin/time and add its wall time and
# peak memory to the runs of row NAME. CODES (comma-separated, default 0) are the exit statuses
# that count as success; any other status stops the benchmark.
run_once() {
    local ok="0"
    if [ "$1" = "--ok" ]; then ok="$2"; shift 2; fi
    local name="$1"; shift
    local rc tf="$WORK/time.out" log="$WORK/run-$RANDOM$RANDOM.log" wall peak
    if /usr/bin/time -f '%e %M' -o "$tf" "$@" >"$log" 2>&1; then rc=0; else rc=$?; fi
    if [[ ",$ok," != *",$rc,"* ]]; then
        echo "error: '$name' exited with status $rc: $*" >&2
        tail -n 20 "$log" >&2
        exit 2
    fi
    # GNU time writes "Command exited with non-zero status N" before the format line.
    read -r wall peak < <(tail -n 1 "$tf")
    ROUND_WALLS[$name]+="$wall "
    ROUND_PEAKS[$name]+="$peak "
    local runs=(${ROUND_WALLS[$name]})
    printf '  %-34s run %d: %6.2f s %8.1f MB (exit %d)\n' "$name" "${#runs[@]}" "$wall" \
        "$(awk -v k="$peak" 'BEGIN {print k / 1024}')" "$rc"
}

# finish_row NAME : record row NAME with the median wall time and peak memory of its runs.
finish_row() {
    NAMES+=("$1")
    WALLS+=("$(median ${ROUND_WALLS[$1]})")
    PEAKS+=("$(median ${ROUND_PEAKS[$1]})")
}

# measure [--ok CODES] NAME CMD... : run CMD $RUNS times in a row and record row NAME.
measure() {
    local args=() name i
    if [ "$1" = "--ok" ]; then args=(--ok "$2"); shift 2; fi
    name="$1"
    for ((i = 1; i <= RUNS; i++)); do run_once ${args[@]+"${args[@]}"} "$@"; done
    finish_row "$name"
}

# round_ratio NAME BASE : the median over runs of NAME's wall time over BASE's in the same round.
# Rows measured in rounds (one run of each per round) are compared with their neighbours in
# time, so a machine that speeds up or slows down during the benchmark moves both alike.
round_ratio() {
    local a=(${ROUND_WALLS[$1]}) b=(${ROUND_WALLS[$2]}) ratios=() i
    for i in "${!a[@]}"; do
        ratios+=("$(awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN {printf "%.4f", (y > 0 ? x / y : 0)}')")
    done
    printf '%.2f' "$(median "${ratios[@]}")"
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

# The parse, `sdw lint` and `sdw add` of the corpus into an empty store, in rounds of one run
# each: each ratio is taken within a round (see round_ratio). Lint runs between the other two,
# and every other round runs them in the opposite order, so that neither side of a ratio is
# always the one measured first.
STORE="$WORK/store.sqlite"
ADD="sdw add (empty store)"
run_parse() { run_once "$BASE" ${PIN[@]+"${PIN[@]}"} "$PARSER" "$CORPUS"; }
# sdw lint exits 1 when findings reach error severity: that is a result, not a failure.
run_lint() { run_once --ok 0,1 "$LINT" "$SDW_BIN" lint --quiet "$CORPUS"; }
run_add() {
    run_once "$ADD" bash -c 'rm -f "$1" "$1-wal" "$1-shm"; exec "$2" add --db "$1" "$3" -m benchmark' \
        _ "$STORE" "$SDW_BIN" "$CORPUS"
}
for ((round = 1; round <= RUNS; round++)); do
    if ((round % 2 == 1)); then run_parse; run_lint; run_add; else run_add; run_lint; run_parse; fi
done
finish_row "$BASE"
finish_row "$LINT"
finish_row "$ADD"

check_target "lint wall <= 1.5x bare parse" "$(round_ratio "$LINT" "$BASE")" 1.5 "x"
check_target "lint peak memory <= 150 MB" "$(peak_mb_of "$LINT")" 150 " MB"
check_target "add wall <= 2x lint" "$(round_ratio "$ADD" "$LINT")" 2 "x"

# --- More measurements ------------------------------------------------------------------
# Every command here can use $SDW_BIN, $CORPUS, $WORK (a temporary directory) and $ROOT.

# median_ms N CMD... : the median wall time of N runs of CMD, in milliseconds (output discarded).
median_ms() {
    local n="$1"; shift
    local times=() i start end
    for ((i = 0; i < n; i++)); do
        start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
        times+=("$(awk -v d=$((end - start)) 'BEGIN {printf "%.2f", d / 1e6}')")
    done
    median "${times[@]}"
}

# Search: queries in the corpus's languages (words, prefixes, two words, one that matches nothing).
QUERIES=(библиотека бібліотека библиотекарь безработни пенсіонери фермеры "компютърни умения"
         "центр зайнятості" волонтери обучение навчання община громада "ярмарка вакансий"
         "дневен център" інтернет дипляни анкета "местные СМИ" читалище доставка несъществуващодума)
SEARCH_TIMES=()
for query in "${QUERIES[@]}"; do
    SEARCH_TIMES+=("$(median_ms 3 "$SDW_BIN" search --db "$STORE" "$query")")
done
SEARCH_MS="$(median "${SEARCH_TIMES[@]}")"
VERSION_MS="$(median_ms 21 "$SDW_BIN" --version)"
check_target "search median <= 20 ms" "$SEARCH_MS" 20 " ms"

# Reports: one canvas, and a workshop of ten canvases (the nine Velingrad groups and a copy of one).
WORKSHOP="$WORK/workshop"
mkdir -p "$WORKSHOP"
cp Examples/velingrad-2012/*.yaml "$WORKSHOP/"
sed -e 's/^id: .*/id: tenth-group/' -e 's/^group: .*/group: 10/' Examples/velingrad-2012/farmers.yaml >"$WORKSHOP/tenth.yaml"
CANVAS_MS="$(median_ms 21 "$SDW_BIN" report Examples/velingrad-2012/disabled-children.yaml)"
WORKSHOP_MS="$(median_ms 21 "$SDW_BIN" report "$WORKSHOP" --workshop velingrad-2012)"
# The same two as DOCX (each diagram drawn as a PNG too, as Word needs) and as ODT, written to a file.
CANVAS_DOCX_MS="$(median_ms 21 "$SDW_BIN" report Examples/velingrad-2012/disabled-children.yaml -o "$WORK/canvas.docx")"
WORKSHOP_DOCX_MS="$(median_ms 21 "$SDW_BIN" report "$WORKSHOP" --workshop velingrad-2012 -o "$WORK/workshop.docx")"
CANVAS_ODT_MS="$(median_ms 21 "$SDW_BIN" report Examples/velingrad-2012/disabled-children.yaml -o "$WORK/canvas.odt")"
WORKSHOP_ODT_MS="$(median_ms 21 "$SDW_BIN" report "$WORKSHOP" --workshop velingrad-2012 -o "$WORK/workshop.odt")"
check_target "one canvas report <= 50 ms" "$CANVAS_MS" 50 " ms"
check_target "workshop of ten <= 200 ms" "$WORKSHOP_MS" 200 " ms"

# --- Report -----------------------------------------------------------------------------
echo
printf '%-36s %9s %9s %12s\n' "name" "wall s" "peak MB" "vs parse"
printf '%-36s %9s %9s %12s\n' "----" "------" "-------" "--------"
for i in "${!NAMES[@]}"; do
    printf '%-36s %9.2f %9.1f %11.2fx\n' "${NAMES[$i]}" "${WALLS[$i]}" \
        "$(awk -v k="${PEAKS[$i]}" 'BEGIN {print k / 1024}')" "$(ratio_of "${NAMES[$i]}" "$BASE")"
done
echo
printf '%-36s %9s\n' "name (median of runs)" "ms"
printf '%-36s %9s\n' "---------------------" "--"
printf '%-36s %9.1f\n' "sdw --version (start-up)" "$VERSION_MS"
printf '%-36s %9.1f\n' "sdw search (${#QUERIES[@]} queries)" "$SEARCH_MS"
printf '%-36s %9.1f\n' "sdw report, one canvas" "$CANVAS_MS"
printf '%-36s %9.1f\n' "sdw report, workshop of ten" "$WORKSHOP_MS"
printf '%-36s %9.1f\n' "sdw report, one canvas, DOCX" "$CANVAS_DOCX_MS"
printf '%-36s %9.1f\n' "sdw report, workshop of ten, DOCX" "$WORKSHOP_DOCX_MS"
printf '%-36s %9.1f\n' "sdw report, one canvas, ODT" "$CANVAS_ODT_MS"
printf '%-36s %9.1f\n' "sdw report, workshop of ten, ODT" "$WORKSHOP_ODT_MS"
printf 'sdw add / sdw lint: %sx (median of the rounds'"'"' ratios; of the medians: %sx)\n' \
    "$(round_ratio "$ADD" "$LINT")" "$(ratio_of "$ADD" "$LINT")"
echo
printf '%-36s %-6s %s\n' "target" "result" "measured"
for t in "${TARGETS[@]}"; do
    IFS='|' read -r label verdict detail <<<"$t"
    printf '%-36s %-6s %s\n' "$label" "$verdict" "$detail"
done

if [ "$FAILED" = 1 ] && [ "$BENCH_STRICT" = 1 ]; then exit 1; fi
exit 0
