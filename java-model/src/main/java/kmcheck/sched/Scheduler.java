package kmcheck.sched;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one interface through which the model blocks and switches: start an actor, mutexes,
 * sleep on a channel and wakeup (sleep_setup/sleep_finish/wakeup of kern_synch.c), yield,
 * scheduling points and choices.  Implemented on real threads ({@link RealScheduler}) and
 * one-at-a-time under a chooser ({@link ControlledScheduler}).
 *
 * <p>Blocking methods panic at once in interrupt context and throw {@link Stopped} when the run
 * is over.  wakeup, wchan and leave never block and are callable from any context.
 */
public interface Scheduler {
    /** Create an actor and run body in it, given the actor. */
    Actor start(String name, Context context, Consumer<Actor> body);

    /** A new non-recursive mutex. */
    Mutex newMutex(String name);

    /**
     * A scheduling point: another actor may run here.  Returns once ready holds; the
     * controlled scheduler does not pick this actor before.
     */
    void point(Actor self, BooleanSupplier ready);

    /** A scheduling point with nothing to wait for. */
    default void point(Actor self) {
        point(self, () -> true);
    }

    /**
     * sleep_setup: from now on self sleeps on chan, and a wakeup(chan) ends the sleep, even one
     * that comes before {@link #sleepFinish}.  Call inside the critical section that decided to
     * sleep, so no wakeup is lost.  Never blocks.
     *
     * @throws Panic in interrupt context: "sleep in interrupt context: " + wmesg
     */
    void sleepSetup(Actor self, Object chan, String wmesg);

    /**
     * sleep_finish: block until woken (or, when timed, until woken or the timeout, which the
     * controlled scheduler may fire at any point).  Call with no mutex held.
     */
    void sleepFinish(Actor self, boolean timed);

    /** wakeup(9): every actor sleeping on chan is runnable again, now.  Never blocks. */
    void wakeup(Object chan);

    /**
     * yield(): stay runnable but let others run; return only once mayResume holds (the spec's
     * PYieldDone guard: the refill thread is blocked).
     *
     * @throws Panic in interrupt context: "yield in interrupt context: " + caller
     */
    void yield(Actor self, String caller, BooleanSupplier mayResume);

    /** The channel a sleeps on, or null.  Never blocks. */
    Object wchan(Actor a);

    /** A workload decision among named options; returns an index. */
    int choose(Actor self, List<String> options);

    /**
     * Deliver an interrupt: wait, not yet in interrupt context, until no mutex is held (the
     * mutexes are at IPL_VM, which masks the interrupt), then run handler in self's interrupt
     * context with every mutex free, so its mtx_enter never has to wait.
     */
    void interrupt(Actor self, Runnable handler);
}
