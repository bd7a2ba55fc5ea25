--------------------------- MODULE MCLockCounter ---------------------------
(* Model wrapper, like specs/MCPoolSlowdown.tla: the replay engine loads    *)
(* this module by name and supplies constants through a generated .cfg.     *)
EXTENDS LockCounter
=============================================================================
