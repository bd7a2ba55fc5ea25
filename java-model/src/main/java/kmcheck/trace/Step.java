package kmcheck.trace;

/**
 * One trace record: the state after an atomic step.
 *
 * @param seq    0 for the initial state, then 1, 2, ...
 * @param actor  "init", "p1", "i1" or "km"
 * @param action the spec's action name, e.g. "PKmTake"; "Init" for seq 0
 * @param state  every spec variable after the step
 */
public record Step(long seq, String actor, String action, StateSnapshot state) {
}
