---------------------------- MODULE LockCounter ----------------------------
(* Toy spec for the replay engine's tests: processes (model values) take a   *)
(* lock, bump a counter modulo Max+1 and release.  It has every value shape  *)
(* the trace schema knows: a set-valued variable (holder), a function over   *)
(* model values (pc), a function over 0..Max (seen), a record (last), an     *)
(* integer (count) and a boolean (busy).                                     *)
EXTENDS Naturals, FiniteSets

CONSTANTS Procs, Max

VARIABLES holder, pc, count, seen, last, busy

vars == <<holder, pc, count, seen, last, busy>>

TypeOK ==
  /\ holder \subseteq Procs
  /\ pc \in [Procs -> {"idle", "want", "cs"}]
  /\ count \in 0..Max
  /\ seen \in [0..Max -> BOOLEAN]
  /\ last \in [op : {"none", "acquire", "incr", "release"}, n : Nat]
  /\ busy \in BOOLEAN

Mutex == \A p, q \in Procs : pc[p] = "cs" /\ pc[q] = "cs" => p = q

\* Deliberately not an invariant of the spec: the tests list it to see a
\* violation reported by name.
CountBelowMax == count < Max

Init ==
  /\ holder = {}
  /\ pc = [p \in Procs |-> "idle"]
  /\ count = 0
  /\ seen = [i \in 0..Max |-> i = 0]
  /\ last = [op |-> "none", n |-> 0]
  /\ busy = FALSE

Want(p) ==
  /\ pc[p] = "idle"
  /\ pc' = [pc EXCEPT ![p] = "want"]
  /\ UNCHANGED <<holder, count, seen, last, busy>>

Acquire(p) ==
  /\ pc[p] = "want"
  /\ holder = {}
  /\ holder' = {p}
  /\ pc' = [pc EXCEPT ![p] = "cs"]
  /\ last' = [op |-> "acquire", n |-> last.n]
  /\ busy' = TRUE
  /\ UNCHANGED <<count, seen>>

Incr(p) ==
  /\ pc[p] = "cs"
  /\ count' = (count + 1) % (Max + 1)
  /\ seen' = [seen EXCEPT ![(count + 1) % (Max + 1)] = TRUE]
  /\ last' = [op |-> "incr", n |-> (last.n + 1) % 7]
  /\ UNCHANGED <<holder, pc, busy>>

Release(p) ==
  /\ pc[p] = "cs"
  /\ holder' = {}
  /\ pc' = [pc EXCEPT ![p] = "idle"]
  /\ last' = [op |-> "release", n |-> last.n]
  /\ busy' = FALSE
  /\ UNCHANGED <<count, seen>>

Next == \E p \in Procs : Want(p) \/ Acquire(p) \/ Incr(p) \/ Release(p)

Spec == Init /\ [][Next]_vars
=============================================================================
