package kmcheck.tracefile;

import java.util.Map;

/**
 * One step of a trace: the state reached after {@code actor} performed {@code action}.
 * Step 0 is the initial state, with action {@code Init}.
 *
 * @param seq     0-based, increasing (consecutive unless the reader allows gaps)
 * @param actor   who acted, e.g. {@code p1}
 * @param action  the step's action as written: a spec action name, e.g. {@code PKmTake}; for a
 *                fused step the names joined by {@value #FUSE}; {@value #ANY} if it names none
 * @param actions the spec actions the step performs in order: one, several (a fused step), or
 *                none (any action of the actor, the step's part of Next)
 * @param state   the logged spec variables and their values, in trace order
 * @param line    the 1-based line of the trace file this step was read from
 */
public record TraceStep(long seq, String actor, String action, java.util.List<String> actions,
                        Map<String, TraceValue> state, int line) {
    /** How a fused step's action names are joined for display. */
    public static final String FUSE = " \\cdot ";
    /** The action of a step that names none. */
    public static final String ANY = "Next";

    public TraceStep {
        actions = java.util.List.copyOf(actions);
        state = java.util.Collections.unmodifiableMap(state);
    }

    /** A step of one named action. */
    public TraceStep(long seq, String actor, String action, Map<String, TraceValue> state, int line) {
        this(seq, actor, action, java.util.List.of(action), state, line);
    }

    /** Whether the step is one named action (not fused, not any). */
    public boolean single() {
        return actions.size() == 1;
    }
}
