/**
 * Replaying traces against a TLA+ model in process (specs/TRACE.md#trace-schema, #decisions).
 *
 * <p>{@link kmcheck.replay.Replayer#load} takes a {@link kmcheck.replay.ReplayModel} (specs
 * directory, root module, constants, invariants, Init/Next names), writes the matching TLC
 * {@code .cfg} into a temporary directory and has TLC's {@code FastTool} parse the root module in
 * place from the specs directory. TLC's static state is confined to a child-first class loader
 * per {@code Replayer}; only the {@link kmcheck.replay.SpecEngine} interface and plain data cross
 * into it, and the TLC side lives in {@code kmcheck.replay.tlc}.
 *
 * <p>{@link kmcheck.replay.Replayer#replay} checks that step 0 is an initial state, that every
 * later step is a successor of the previous one under the action it names (instances binding the
 * step's actor, if any; the whole Next, with a warning, if the spec has no action of that name),
 * and that every invariant holds. The result is a {@link kmcheck.replay.ReplayReport}; the first
 * {@link kmcheck.replay.Divergence} says where, how, and which variables differ from the nearest
 * state the spec allows.
 */
package kmcheck.replay;
