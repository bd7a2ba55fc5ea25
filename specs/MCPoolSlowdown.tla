--------------------------- MODULE MCPoolSlowdown ---------------------------
(***************************************************************************)
(* Model wrapper for PoolSlowdown: only what a .cfg cannot say.  The       *)
(* MCPoolSlowdown_*.cfg files pick the revision and the bounds.            *)
(***************************************************************************)
EXTENDS PoolSlowdown, TLC

\* Processes are interchangeable: no action names one.
ProcSymmetry == Permutations(Procs)

\* The multiprocessor yield rule, for a cfg's  SCHED <- SchedMP  (PoolSlowdown).
SchedMP == "mp"

=============================================================================
