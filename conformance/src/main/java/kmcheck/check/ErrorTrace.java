package kmcheck.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TLC's error trace as TLC printed it in {@code -tool} mode: its states in order, each with the
 * action TLC names for the step into it and every variable's value in TLC's notation (unparsed:
 * rendering is kmcheck.explain's business), then how a lasso ends.
 *
 * @param states     state 1 is the initial state (action {@link #INITIAL}); empty when TLC printed none
 * @param loopsBackTo for a liveness lasso, the number of the state TLC says the last one goes back
 *                   to ("Back to state N"); 0 when the trace does not loop
 * @param stutters   whether the lasso ends in stuttering ("N: Stuttering")
 */
public record ErrorTrace(List<State> states, int loopsBackTo, boolean stutters) {
    /** The action TLC names the initial state's: "Initial predicate". */
    public static final String INITIAL = "Initial predicate";

    public static final ErrorTrace NONE = new ErrorTrace(List.of(), 0, false);

    public ErrorTrace {
        states = List.copyOf(states);
    }

    /**
     * One state of the trace.
     *
     * @param number TLC's number for it (1 is the initial state)
     * @param action the action name TLC gives the step into it (e.g. {@code PStart}; TLC 2.18 prints no
     *               parameters), or {@link #INITIAL}
     * @param module the module that defines the action, or null for the initial state
     * @param values variable name to value, as TLC printed it, in TLC's order
     */
    public record State(int number, String action, String module, Map<String, String> values) {
        public State {
            Objects.requireNonNull(action, "action");
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }
}
