package kmcheck.trace;

import java.util.List;

/**
 * How much of the spec's state a trace carries (specs/TRACE.md#levels).
 *
 * <p>{@link #FULL}: every spec variable, as the replay of a model checks it state by state.
 * {@link #KERNEL}: only what has a counterpart in the kernel's own data structures, which a real
 * kernel could log; no program counters, no private pages, no slowdown out-parameters, no
 * history variables, no record of who holds the km mutex across steps. Replay then keeps the
 * set of spec states consistent with the trace.
 */
public enum TraceLevel {
    FULL(List.of()),
    KERNEL(List.of("kmFree", "uvmFree", "freeList", "tAsleep", "tMemWait", "poolPages", "inUse", "intrFails"));

    private final List<String> logged;

    TraceLevel(List<String> logged) {
        this.logged = logged;
    }

    /** The variables a trace of this level logs, in spec order; empty for all of them. */
    public List<String> logged() {
        return logged;
    }

    /** Whether a variable is written at this level. */
    public boolean logs(String variable) {
        return logged.isEmpty() || logged.contains(variable);
    }

    /** The level named as on the command line: {@code full} or {@code kernel}. */
    public static TraceLevel of(String name) {
        for (TraceLevel l : values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown trace level '" + name + "': full or kernel");
    }
}
