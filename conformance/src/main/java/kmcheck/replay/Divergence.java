package kmcheck.replay;

import java.util.List;
import java.util.Optional;

/**
 * Where and how a trace stops being a behaviour of the spec.
 *
 * @param seq                the step number ({@code seq} in the trace)
 * @param line               the 1-based line of that step in the trace file
 * @param actor              the step's actor
 * @param action             the step's action
 * @param kind               what went wrong
 * @param diffs              variables that differ from the nearest state the spec allows
 *                           (nearest = fewest differing variables); empty if there is no such
 *                           state or the state conforms and only an invariant fails
 * @param violatedInvariant  the first invariant of the model the recorded state violates, if any
 * @param note               a hint for the reader, e.g. which actions were enabled instead;
 *                           empty if there is none
 */
public record Divergence(long seq, int line, String actor, String action, Kind kind,
                         List<VarDiff> diffs, Optional<String> violatedInvariant, String note) {

    public Divergence {
        diffs = List.copyOf(diffs);
    }

    /** The kinds of divergence, in the order they are checked. */
    public enum Kind {
        /** The step names an action that is not one of the spec's (TLC's split of Next). */
        UNKNOWN_ACTION,
        /** The step's actor is none the model declares (a process, an interrupt, the thread, init). */
        UNKNOWN_ACTOR,
        /** The actor exists, but the named action is not one of its actions. */
        WRONG_ACTOR,
        /** Step 0 is not one of the spec's initial states. */
        NOT_INITIAL,
        /** The named action has no successor at all from the previous state. */
        NOT_ENABLED,
        /** The named action is enabled, but none of its successors is the recorded state. */
        WRONG_SUCCESSOR,
        /**
         * The recorded state is allowed by the spec but violates an invariant of the model; for a
         * partial trace: every behaviour of the spec consistent with the trace so far violates it.
         */
        INVARIANT_VIOLATED,
        /**
         * A partial trace only: some behaviours of the spec consistent with the whole trace
         * violate the invariant and some do not, so the log cannot tell whether the
         * implementation did.
         */
        INVARIANT_POSSIBLY_VIOLATED,
        /**
         * A controlled run of the Java model ended with no actor able to move or make a step, but the spec can go
         * on from the last state: the implementation lost a wakeup or kept a lock the spec lets
         * go. Reported at the last step, with the action instances TLC finds enabled there.
         */
        STUCK,
        /**
         * A controlled run of the Java model ended in the kernel's recursion panic (uvm_km_mtx
         * re-entered), but the spec's NoKmMutexRecursionInv holds in the last state: the spec has
         * no recursion there, so the implementation kept the mutex where the spec lets it go.
         * Reported at the last step.
         */
        PANIC
    }
}
