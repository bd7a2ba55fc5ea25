#!/usr/bin/env bash
# Sizing: distinct states and time of km1.68 at the NoBadIntrFail edge (LOWAT = |Procs| + MAXINTR)
# with the shape of MCPoolSlowdown_km168_deep (2 items per page, one idle page kept, BATCH 2,
# INITFREE = LOWAT, HIWAT = LOWAT + 4, MEM = LOWAT + 5, every safety invariant, SYMMETRY).
# Prints one line per configuration: P, I, LOWAT, verdict, distinct states, depth, seconds.
# Usage: specs/sweeps/sizing.sh [--distributed] P:I ...   (e.g. 1:1 2:1 3:1); needs `make`.
# --distributed checks on a TLCServer and 2 local TLCWorkers (kmcheck check --distributed).
set -euo pipefail
mode=()
if [ "${1:-}" = --distributed ]; then mode=(--distributed); shift; fi
[ $# -gt 0 ] || { echo "usage: sizing.sh [--distributed] P:I ..." >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
printf 'P\tI\tLOWAT\tverdict\tdistinct\tdepth\tseconds\n'
for pi in "$@"; do
  case $pi in [1-9]:[1-9]) ;; *) echo "sizing.sh: '$pi' is not P:I with digits 1-9" >&2; exit 2 ;; esac
  P=${pi%:*}; I=${pi#*:}; L=$((P + I))
  m=MCPoolSlowdown_sizing
  sweep_cfg "$m" km1.68 "$P" "$I" "$L" $((L + 5)) 2 1 "" TypeOK PageConservationInv ItemConservationInv \
    NoSleepWhileHoldingInv NoYieldWhileHoldingInv YieldOnlyOnSlowdownInv NoBadIntrFailInv IntrNeverBlocksInv \
    NoKmMutexRecursionInv NoHoardDeadlockInv
  sweep_check "$m" ok - "P=$P I=$I" "${mode[@]}"
  # columns of --results: model revision expected actual distinct depth seconds cex result
  IFS=$'\t' read -r _ _ _ actual distinct depth seconds _ _ < <(tail -n 1 "$work/r.tsv")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$P" "$I" "$L" "$actual" "$distinct" "$depth" "$seconds"
done
