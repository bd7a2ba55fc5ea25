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
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top"/specs/*.tla "$work"/
printf 'revision\tsched\tP\tI\tLOWAT\tverdict\tdistinct\tcex\n'
for sched in "${scheds[@]}"; do
override=
if [ "$sched" = mp ]; then override='CONSTANT SCHED <- SchedMP'; fi
for P in 1 2 3; do for I in 1 2 3; do for L in 2 3 4 5; do
  procs=$(seq -s, -f "p%g" 1 "$P")
  m=MCPoolSlowdown_sweep
  # kmcheck validates the row and the cfg (model name, revision, invariant name) before TLC runs
  printf 'model\texpected\tproperty\twhat it shows\n%s\tinvariant\tNoBadIntrFailInv\tsweep\n' "$m" \
    > "$work/expected.tsv"
  cat > "$work/$m.cfg" <<CFG
SPECIFICATION Spec
CONSTANTS
    Revision = "$rev"
    Procs = {$procs}
    Intrs = {i1}
    LOWAT = $L
    HIWAT = $((L + 4))
    BATCH = 2
    INITFREE = $L
    MEM = 6
    ITEMS = 1
    MAXIDLE = 0
    MAXINTR = $I
    MAXUSE = 10
SYMMETRY ProcSymmetry
CHECK_DEADLOCK FALSE
$override
INVARIANTS
    NoBadIntrFailInv
CFG
  # exit 1 is only "not the expected verdict"; bad input (2) or an internal failure (3) stops the sweep
  "$top/bin/kmcheck" --specs "$work" check --workers 1 --results "$work/r.tsv" "$m" > /dev/null 2>&1 \
    || [ $? -eq 1 ] || { echo "nobadintrfail.sh: kmcheck check failed on $sched P=$P I=$I LOWAT=$L" >&2; exit 2; }
  # columns of --results: model revision expected actual distinct depth seconds cex result
  IFS=$'\t' read -r _ _ _ actual distinct _ _ cex _ < <(tail -n 1 "$work/r.tsv")
  case $actual in ok) verdict=ok ;; "invariant NoBadIntrFailInv") verdict=violated ;; *) verdict=error ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rev" "$sched" "$P" "$I" "$L" "$verdict" "$distinct" "$cex"
done; done; done
done
