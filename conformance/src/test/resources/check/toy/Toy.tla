---- MODULE Toy ----
\* A toy for the checker's own tests: two counters x and y, each raised one step at a time up to
\* Max. Next may reset both once they are full (no deadlock); StopNext may not (deadlock at Max, Max).
EXTENDS Naturals
CONSTANTS Revision, Max
VARIABLES x, y
vars == <<x, y>>

TypeOK == x \in 0..Max /\ y \in 0..Max
Init == x = 0 /\ y = 0
IncX == x < Max /\ x' = x + 1 /\ UNCHANGED y
IncY == y < Max /\ y' = y + 1 /\ UNCHANGED x
Reset == x = Max /\ y = Max /\ x' = 0 /\ y' = 0
Next == IncX \/ IncY \/ Reset
StopNext == IncX \/ IncY
\* No fairness: x may stay below Max forever.
Spec == Init /\ [][Next]_vars

\* First violated three steps from Init, in every state of that BFS level.
SumInv == x + y < 3
\* Violated only where x = Max, which (for Max = 3) SumInv already rejects.
XInv == x < Max
XReachesMaxProp == <>(x = Max)
====
