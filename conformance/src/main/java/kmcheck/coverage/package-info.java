/**
 * Spec coverage of traces: which reachable states, transitions, actions and control places of a
 * model the replayed traces visited, against the reachable graph TLC computes for that model.
 */
package kmcheck.coverage;
