---- MODULE Broken ----
\* A spec with a semantic error, for the checker's error verdict.
CONSTANTS Revision
VARIABLES x
Init == x = 0
Next == x' = UndefinedThing
====
