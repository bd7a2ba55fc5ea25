--------------------------- MODULE MCPoolSlowdown ---------------------------
(***************************************************************************)
(* Model wrapper for PoolSlowdown: only what a .cfg cannot say.  The       *)
(* MCPoolSlowdown_*.cfg files pick the revision and the bounds.            *)
(***************************************************************************)
EXTENDS PoolSlowdown, TLC

\* Processes are interchangeable: no action names one.
ProcSymmetry == Permutations(Procs)

\* The actor a trace gives the km thread's steps, the actions of Next without a parameter
\* (TTop, TPublish, ...); a process's or an interrupt's steps carry its model value (p1, i1).
ThreadActor == "km"

\* The multiprocessor yield rule, for a cfg's  SCHED <- SchedMP  (PoolSlowdown).
SchedMP == "mp"

=============================================================================
