# Sourced by the sweeps (not run): each checks generated models with kmcheck in a scratch copy of
# specs/, so one cfg shape and one way of running TLC serve them all.  Sets top (the repository)
# and work (the scratch directory, removed when the sweep exits).
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$top"/specs/*.tla "$work"/

# sweep_cfg MODEL REVISION P I LOWAT MEM ITEMS MAXIDLE EXTRA INVARIANT...
# Writes $work/MODEL.cfg: processes p1..pP, one interrupt source, MAXINTR I, HIWAT = LOWAT + 4,
# BATCH 2, INITFREE = LOWAT, MAXUSE 10, SYMMETRY and no deadlock check as in the models of specs/;
# EXTRA (a cfg line, e.g. a CONSTANT override, or empty) stands before the INVARIANTS.
sweep_cfg() {
  local m=$1 rev=$2 P=$3 I=$4 L=$5 mem=$6 items=$7 maxidle=$8 extra=$9
  shift 9
  {
    cat <<CFG
SPECIFICATION Spec
CONSTANTS
    Revision = "$rev"
    Procs = {$(seq -s, -f "p%g" 1 "$P")}
    Intrs = {i1}
    LOWAT = $L
    HIWAT = $((L + 4))
    BATCH = 2
    INITFREE = $L
    MEM = $mem
    ITEMS = $items
    MAXIDLE = $maxidle
    MAXINTR = $I
    MAXUSE = 10
SYMMETRY ProcSymmetry
CHECK_DEADLOCK FALSE
CFG
    [ -z "$extra" ] || printf '%s\n' "$extra"
    printf 'INVARIANTS\n'
    printf '    %s\n' "$@"
  } > "$work/$m.cfg"
}

# sweep_check MODEL EXPECTED PROPERTY WHERE [CHECK-OPTION...]
# Checks $work/MODEL with kmcheck check against a one-row expected.tsv (EXPECTED, PROPERTY; what
# it shows: the name after MCPoolSlowdown_), its results in $work/r.tsv, whose columns are: model
# revision expected actual distinct depth seconds cex result.  kmcheck validates the row and the
# cfg (model name, revision, invariant names) before TLC runs.  Exit 1 is only "not the expected
# verdict"; bad input (2) or an internal failure (3) stops the sweep, naming WHERE.
sweep_check() {
  local m=$1 expected=$2 property=$3 where=$4
  shift 4
  printf 'model\texpected\tproperty\twhat it shows\n%s\t%s\t%s\t%s\n' "$m" "$expected" "$property" \
    "${m#MCPoolSlowdown_}" > "$work/expected.tsv"
  "$top/bin/kmcheck" --specs "$work" check "$@" --results "$work/r.tsv" "$m" > /dev/null 2>&1 \
    || [ $? -eq 1 ] || { echo "$(basename "$0"): kmcheck check failed on $where" >&2; exit 2; }
}
