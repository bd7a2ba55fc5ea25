package kmcheck.replay;

import java.util.Set;

/**
 * What a trace shows of the behaviour it records, and how much replay may fill in.
 *
 * @param logged      the variables the steps carry; empty: all of the spec's (a full trace)
 * @param hiddenSteps how many unlogged spec steps may precede each logged one (0: none)
 * @param maxFrontier the most candidate states replay keeps; more is under-constrained (exit 2)
 */
public record Observation(Set<String> logged, int hiddenSteps, int maxFrontier) {
    /**
     * The default cap on candidate states. Each step computes the successors of every candidate
     * under its action, so replay slows in proportion; at 4,096 a step still costs well under a
     * second on the kmcheck models, and a trace that leaves more states open than that says too
     * little to be checked step by step.
     */
    public static final int DEFAULT_MAX_FRONTIER = 4096;

    public Observation {
        logged = Set.copyOf(logged);
        if (hiddenSteps < 0 || maxFrontier < 1) {
            throw new IllegalArgumentException("hidden steps " + hiddenSteps + ", max frontier " + maxFrontier);
        }
    }

    /** A full trace: every variable at every step, nothing hidden. */
    public static Observation full() {
        return new Observation(Set.of(), 0, DEFAULT_MAX_FRONTIER);
    }

    /** Whether replay must keep a set of candidate states rather than one. */
    public boolean partial() {
        return !logged.isEmpty() || hiddenSteps > 0;
    }
}
