#!/usr/bin/env bash
# Times `sdw report` with the release binary: one canvas report (target ≤ 50 ms) and a workshop
# report of ten canvases (target ≤ 200 ms). Prints the median of RUNS runs (default 21) of each.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
swift build -c release --product sdw >/dev/null
SDW=$(swift build -c release --show-bin-path)/sdw

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A workshop of ten canvases: the nine Velingrad groups and a tenth copied from the first.
cp Examples/velingrad-2012/*.yaml "$WORK/"
sed -e 's/^id: .*/id: tenth-group/' -e 's/^group: .*/group: 10/' Examples/velingrad-2012/farmers.yaml > "$WORK/tenth.yaml"
[ "$(grep -l '^workshop: velingrad-2012' "$WORK"/*.yaml | wc -l)" -eq 10 ]

median_ms() { # command...
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

canvas=$(median_ms "$SDW" report Examples/velingrad-2012/disabled-children.yaml)
workshop=$(median_ms "$SDW" report "$WORK" --workshop velingrad-2012)
echo "one canvas report (html):          ${canvas} ms median of $RUNS (target <= 50)"
echo "workshop of ten canvases (html):   ${workshop} ms median of $RUNS (target <= 200)"
