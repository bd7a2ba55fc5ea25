package kmcheck.sched;

import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * One schedulable context: a process, an interrupt source or the km thread.  The kernel's
 * struct proc as far as scheduling goes: name, context, wait channel.
 *
 * <p>Fields are owned by the scheduler that created the actor.
 */
public final class Actor {
    /** "p1", "i1", "km": the name in traces */
    private final String name;
    /** what this actor may do */
    private final Context context;
    /** p_wchan: the channel this actor sleeps on, or null; cleared by wakeup */
    volatile Object wchan;
    /** p_wmesg: why it sleeps */
    volatile String wmesg;
    /** the JVM thread running this actor */
    volatile Thread thread;
    /** controlled: the permit to run until the next scheduling point */
    final Semaphore go = new Semaphore(0);
    /** controlled: when this actor may be picked to run again */
    volatile BooleanSupplier ready = () -> true;
    /** controlled: turns since the last spec step, for spin detection */
    int idleTurns;
    /** the body has returned or unwound */
    volatile boolean done;
    /** real: this actor's own workload choices */
    Random random;

    Actor(String name, Context context) {
        this.name = name;
        this.context = context;
    }

    public String name() {
        return name;
    }

    public Context context() {
        return context;
    }

    public boolean isInterrupt() {
        return context == Context.INTERRUPT;
    }

    @Override
    public String toString() {
        return name;
    }
}
