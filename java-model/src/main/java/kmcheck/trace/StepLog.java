package kmcheck.trace;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Linearization points.  Every atomic step of the model is bracketed
 * {@code begin(); try { ...; commit(actor, action); } finally { end(); }} inside the mutexes
 * that make it atomic; with tracing on, begin takes one global step lock, so the snapshot taken
 * at commit sees every variable as of this step and no other.  The step lock is innermost:
 * nothing blocks while holding it.  With tracing off each call is a single branch.
 *
 * <p>Thread-safe.  begin blocks only for another step in progress; commit and end never block.
 */
public final class StepLog {
    /** where steps go, or null: tracing off */
    private final Consumer<Step> sink;
    /** serialises steps, with tracing on */
    private final ReentrantLock lock = new ReentrantLock();
    /** reads every spec variable; set once by the machine */
    private Supplier<StateSnapshot> state;
    /** the next step's seq; guarded by lock */
    private long seq;

    private StepLog(Consumer<Step> sink) {
        this.sink = sink;
    }

    /** Tracing off. */
    public static StepLog off() {
        return new StepLog(null);
    }

    /** Tracing on: every step to sink, in order, called with the step lock held. */
    public static StepLog to(Consumer<Step> sink) {
        return new StepLog(Objects.requireNonNull(sink));
    }

    /** Set the state reader.  Call once, before the first step. */
    public void bind(Supplier<StateSnapshot> reader) {
        this.state = reader;
    }

    public boolean on() {
        return sink != null;
    }

    /** Enter a step. */
    public void begin() {
        if (sink != null) {
            lock.lock();
        }
    }

    /** The step's linearization point: record the state as the result of action by actor. */
    public void commit(String actor, SpecAction action) {
        if (sink != null) {
            sink.accept(new Step(seq++, actor, action.name(), state.get()));
        }
    }

    /** Leave the step. */
    public void end() {
        if (sink != null) {
            lock.unlock();
        }
    }

    /** Record the initial state as step 0. */
    public void init() {
        begin();
        try {
            commit(SpecAction.INIT_ACTOR, SpecAction.Init);
        } finally {
            end();
        }
    }

    /** Steps recorded so far, the initial state included. */
    public long steps() {
        begin();
        try {
            return seq;
        } finally {
            end();
        }
    }
}
