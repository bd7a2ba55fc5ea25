package kmcheck.config;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of a run: interrupt failures, slowdowns, yields, refill rounds and the most pages
 * held privately at once.  Not spec state.
 *
 * <p>Thread-safe and wait-free; never blocks, so callable from interrupt context.
 */
public final class Stats {
    /** interrupt pool_get calls that returned NULL */
    public final LongAdder intrFails = new LongAdder();
    /** getpage calls that set *slowdown */
    public final LongAdder slowdowns = new LongAdder();
    /** yields in pool_do_get */
    public final LongAdder yields = new LongAdder();
    /** rounds the km thread published */
    public final LongAdder refillRounds = new LongAdder();
    /** pages held privately by processes right now */
    private final AtomicInteger heldNow = new AtomicInteger();
    /** the most pages held privately at once */
    private final AtomicInteger heldMax = new AtomicInteger();

    /** A process took (+1) or gave up (-1) a private page. */
    public void held(int delta) {
        int now = heldNow.addAndGet(delta);
        heldMax.accumulateAndGet(now, Math::max);
    }

    public int mostHeld() {
        return heldMax.get();
    }

    @Override
    public String toString() {
        return "intrFails=" + intrFails.sum() + " slowdowns=" + slowdowns.sum() + " yields=" + yields.sum()
                + " refillRounds=" + refillRounds.sum() + " mostHeld=" + mostHeld();
    }
}
