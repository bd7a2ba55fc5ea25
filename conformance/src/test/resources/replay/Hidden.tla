------------------------------- MODULE Hidden -------------------------------
(* Toy spec for partial-trace replay: h is chosen at Init and stays hidden   *)
(* until Reveal shows it in x, so a trace that logs only x leaves N + 1      *)
(* candidate states open for five steps and then determines the state.       *)
EXTENDS Naturals

CONSTANT N

VARIABLES x, h, done

ThreadActor == "env"

Init == x = 0 /\ h \in 0..N /\ done = FALSE

Tick == ~done /\ x < 5 /\ x' = x + 1 /\ UNCHANGED <<h, done>>

Reveal == ~done /\ x = 5 /\ x' = 10 + h /\ done' = TRUE /\ UNCHANGED h

Next == Tick \/ Reveal

\* Deliberately not an invariant of the spec: broken by the candidate h = N only.
HBelowN == h < N
=============================================================================
