------------------------------- MODULE Toggle -------------------------------
(* Second toy spec, unrelated variables, used to check that two specs can   *)
(* be replayed one after the other in the same JVM.                         *)
EXTENDS Naturals

CONSTANT Limit

VARIABLES x, on

\* The actor of trace steps of the parameterless actions (kmcheck replay).
ThreadActor == "env"

TypeOK == x \in 0..Limit /\ on \in BOOLEAN

Init == x = 0 /\ on = FALSE

Flip == on' = ~on /\ UNCHANGED x

Step == on /\ x < Limit /\ x' = x + 1 /\ UNCHANGED on

Next == Flip \/ Step

\* Coverage witnesses (kmcheck's coverage): steps a set of traces may or may not contain.
WitnessTopReached == x < Limit /\ x' = Limit
WitnessFlipOffBelow == on /\ ~on' /\ x < Limit
=============================================================================
