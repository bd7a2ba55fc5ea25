package kmcheck.replay;

/**
 * Hears the spec states and transitions a replay matched, by {@link StateSpace} fingerprints: the
 * raw material of coverage. Called on the replaying thread, once per conforming step.
 */
public interface Visits {
    /** Step 0 matched initial state {@code state}. */
    void initial(long state);

    /** A later step matched: {@code action} by {@code actor} took {@code from} to {@code to}. */
    void step(long from, String action, String actor, long to);

    /** Both hear every visit, a first. */
    static Visits both(Visits a, Visits b) {
        return new Visits() {
            @Override
            public void initial(long state) {
                a.initial(state);
                b.initial(state);
            }

            @Override
            public void step(long from, String action, String actor, long to) {
                a.step(from, action, actor, to);
                b.step(from, action, actor, to);
            }
        };
    }

    /** Hears nothing. */
    Visits NONE = new Visits() {
        @Override
        public void initial(long state) {
        }

        @Override
        public void step(long from, String action, String actor, long to) {
        }
    };
}
