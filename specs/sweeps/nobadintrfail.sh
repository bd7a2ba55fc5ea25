#!/usr/bin/env bash
# Sweeps NoBadIntrFailInv for one revision over |Procs|, MAXINTR and LOWAT, with the other
# constants of the _small models (BATCH 2, INITFREE = LOWAT, MEM 6, ITEMS 1, MAXIDLE 0), under
# each scheduling rule asked for (PoolSlowdown's SCHED: "up", or "mp" through SCHED <- SchedMP).
# Prints one line per configuration: revision, sched, P, I, LOWAT, verdict, distinct states, cex length.
# Usage: specs/sweeps/nobadintrfail.sh [REVISION [SCHED ...]] (default: km1.68 up mp); needs `make`.
set -euo pipefail
rev=${1:-km1.68}
[ $# -gt 0 ] && shift
scheds=("$@")
[ ${#scheds[@]} -gt 0 ] || scheds=(up mp)
for sched in "${scheds[@]}"; do
  case $sched in up|mp) ;; *) echo "nobadintrfail.sh: SCHED '$sched' is neither up nor mp" >&2; exit 2 ;; esac
done
[[ $rev =~ ^(km|pool)1\.[0-9]+$ ]] || { echo "nobadintrfail.sh: '$rev' is not a revision id (km1.68, pool1.166, ...)" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
printf 'revision\tsched\tP\tI\tLOWAT\tverdict\tdistinct\tcex\n'
for sched in "${scheds[@]}"; do
override=
if [ "$sched" = mp ]; then override='CONSTANT SCHED <- SchedMP'; fi
for P in 1 2 3; do for I in 1 2 3; do for L in 2 3 4 5; do
  m=MCPoolSlowdown_sweep
  sweep_cfg "$m" "$rev" "$P" "$I" "$L" 6 1 0 "$override" NoBadIntrFailInv
  sweep_check "$m" invariant NoBadIntrFailInv "$sched P=$P I=$I LOWAT=$L" --workers 1
  # columns of --results: model revision expected actual distinct depth seconds cex result
  IFS=$'\t' read -r _ _ _ actual distinct _ _ cex _ < <(tail -n 1 "$work/r.tsv")
  case $actual in ok) verdict=ok ;; "invariant NoBadIntrFailInv") verdict=violated ;; *) verdict=error ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rev" "$sched" "$P" "$I" "$L" "$verdict" "$distinct" "$cex"
done; done; done
done
