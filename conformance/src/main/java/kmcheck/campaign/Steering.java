package kmcheck.campaign;

/** How a campaign chooses each run's schedule. */
public enum Steering {
    /** schedules drawn at random ({@link Schedule#random}), as the jqwik properties draw them */
    RANDOM,
    /** coverage-guided: towards spec transitions no earlier run took ({@link Conformer#runGuided}) */
    GUIDED,
    /**
     * covering: each run heads first for one spec transition no earlier run took, drawn at random
     * (an interrupt's first), then as guided ({@link Conformer#runCovering})
     */
    COVERING,
    /**
     * directed: along TLC's shortest path to a state that breaks the invariant expected.tsv
     * names for the revision ({@link Conformer#runDirected}); guided where there is none, so for
     * a correct revision it is {@link #GUIDED}
     */
    DIRECTED
}
