#!/usr/bin/env bash
# The canvas store's speed: `sdw add` of a corpus into an empty store against `sdw lint` of the
# same files in the same run (target: add ≤ 2× lint), and the median time of `sdw search`
# queries on the filled store (target: ≤ 20 ms).
#
#   Benchmarks/store.sh CORPUS_DIR [SDW_BINARY] [QUERY_RUNS]
#
# CORPUS_DIR holds generated canvases (python3 Benchmarks/generate.py CORPUS_DIR --count 10000);
# SDW_BINARY defaults to .build/release/sdw (swift build -c release --product sdw).
set -euo pipefail

corpus=${1:?usage: Benchmarks/store.sh CORPUS_DIR [SDW_BINARY] [QUERY_RUNS]}
sdw=${2:-.build/release/sdw}
runs=${3:-25}
[ -d "$corpus" ] || { echo "no such folder: $corpus" >&2; exit 2; }
[ -x "$sdw" ] || { echo "no sdw binary at $sdw (swift build -c release --product sdw)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/store.sqlite"
files=$(find "$corpus" -name '*.yaml' | wc -l)

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

# Warm the page cache so neither measurement pays for the first read of the corpus.
find "$corpus" -name "*.yaml" -exec cat {} + > /dev/null

start=$(now)
"$sdw" lint "$corpus" --quiet > /dev/null || true
lint=$(elapsed "$start" "$(now)")

start=$(now)
"$sdw" add --db "$db" "$corpus" -m "benchmark" > "$work/add.out"
add=$(elapsed "$start" "$(now)")

ratio=$(echo "scale=2; $add / $lint" | bc)
echo "files:  $files"
echo "lint:   ${lint}s"
echo "add:    ${add}s   ($(cat "$work/add.out"))"
echo "ratio:  ${ratio}× (target ≤ 2)"
echo "store:  $(du -h "$db" | cut -f1)"

# Queries in the corpus's languages: single words, prefixes, two-word queries, and one that matches nothing.
queries=(библиотека бібліотека библиотекарь безработни пенсіонери фермеры "компютърни умения"
         "центр зайнятості" волонтери обучение навчання община громада "ярмарка вакансий"
         "дневен център" інтернет дипляни анкета "местные СМИ" читалище доставка несъществуващодума)
times=()
for ((i = 0; i < runs; i++)); do
    query=${queries[$((i % ${#queries[@]}))]}
    start=$(now)
    "$sdw" search --db "$db" "$query" > /dev/null
    times+=("$(echo "($(now) - $start) * 1000" | bc)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf 'search: median %.1f ms over %d runs of `sdw search` (target ≤ 20 ms)\n' "$median" "$runs"
