package kmcheck.tracefile;

import java.util.Map;

/**
 * One step of a trace: the state reached after {@code actor} performed {@code action}.
 * Step 0 is the initial state, with action {@code Init}.
 *
 * @param seq    0-based, consecutive
 * @param actor  who acted, e.g. {@code p1}
 * @param action the spec action name, e.g. {@code PKmTake}
 * @param state  every spec variable and its value, in trace order
 * @param line   the 1-based line of the trace file this step was read from
 */
public record TraceStep(long seq, String actor, String action, Map<String, TraceValue> state, int line) {
    public TraceStep {
        state = java.util.Collections.unmodifiableMap(state);
    }
}
