package kmcheck.sched;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Actors on real JVM threads, with java.util.concurrent locks and conditions.
 *
 * <p>Sleep channels: one scheduler lock guards every actor's wait channel; sleepers wait on one
 * condition that wakeup and sleep_setup signal (the classic one-lock, one-condition monitor).
 *
 * <p>Interrupt priority level: holding any mutex holds the read side of a fair read-write lock,
 * the IPL; delivering an interrupt takes the write side.  So an interrupt runs only when no
 * mutex is held, as IPL_VM masks it in the kernel, and its own mtx_enter never waits.
 *
 * <p>Yield approximates the kernel's ordering: in the kernel the woken km thread runs at PVM,
 * which beats the yielder's user priority, and the 2008 kernel is not preemptive on a
 * uniprocessor, so the yielder runs again only after the thread has blocked.  Here the
 * yielder waits on the monitor's condition (signalled whenever an actor goes to sleep, with a
 * 100 us backstop for uvm_wait's flag) until the thread is blocked.  It may resume later than
 * the kernel would, never earlier; with tracing on the resume condition is re-checked inside
 * the step that records PYieldDone.
 *
 * <p>Thread contract: every method is thread-safe.  {@link #stop} ends the run within the given
 * grace period or reports a thread dump of the actors that did not stop.
 */
public final class RealScheduler implements Scheduler {
    /** seeds each actor's workload choices */
    private final long seed;
    /** every actor, in start order */
    private final List<Actor> actors = new CopyOnWriteArrayList<>();
    /** guards every actor's wchan */
    private final ReentrantLock lock = new ReentrantLock();
    /** an actor went to sleep or was woken */
    private final Condition changed = lock.newCondition();
    /** the interrupt priority level: mutex holders read-lock it, interrupts write-lock it */
    private final ReentrantReadWriteLock ipl = new ReentrantReadWriteLock(true);
    /** panics and other failures of actors, "name: message" */
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** the run is over; actors unwind */
    private volatile boolean stopping;

    public RealScheduler(long seed) {
        this.seed = seed;
    }

    @Override
    public Actor start(String name, Context context, Consumer<Actor> body) {
        Actor a = new Actor(name, context);
        a.random = new Random(seed * 1_000_003L + actors.size());
        return ActorThreads.start(a, "kmcheck-" + name, () -> body.accept(a), () -> { }, actors, failures);
    }

    @Override
    public Mutex newMutex(String name) {
        return new RealMutex(name, ipl.readLock());
    }

    /**
     * End the run: interrupt every actor's thread and wait up to grace for all to end.
     *
     * @return a thread dump of the actors still running after grace, if any
     */
    public Optional<String> stop(Duration grace) {
        stopping = true;
        for (Actor a : actors) {
            a.thread.interrupt();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        StringBuilder dump = new StringBuilder();
        for (Actor a : actors) {
            try {
                a.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (a.thread.isAlive()) {
                dump.append('"').append(a.thread.getName()).append("\" ").append(a.thread.getState()).append('\n');
                for (StackTraceElement f : a.thread.getStackTrace()) {
                    dump.append("\tat ").append(f).append('\n');
                }
            }
        }
        return dump.length() == 0 ? Optional.empty() : Optional.of(dump.toString());
    }

    /** Failures of actors so far, "name: exception". */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private void checkStop() {
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    @Override
    public void point(Actor self, BooleanSupplier ready) {
        checkStop();
        while (!ready.getAsBoolean()) {
            LockSupport.parkNanos(50_000);
            checkStop();
        }
    }

    @Override
    public void sleepSetup(Actor self, Object chan, String wmesg) {
        if (self.isInterrupt()) {
            throw new Panic("sleep in interrupt context: " + wmesg);
        }
        lock.lock();
        try {
            self.wmesg = wmesg;
            self.wchan = chan;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void sleepFinish(Actor self, boolean timed) {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(1);
            while (self.wchan != null) {
                checkStop();
                if (!timed) {
                    changed.await();
                } else if (nanos <= 0) {
                    self.wchan = null;
                } else {
                    nanos = changed.awaitNanos(nanos);
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void wakeup(Object chan) {
        lock.lock();
        try {
            boolean any = false;
            for (Actor a : actors) {
                if (a.wchan == chan) {
                    a.wchan = null;
                    any = true;
                }
            }
            if (any) {
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void yield(Actor self, String caller, BooleanSupplier mayResume) {
        if (self.isInterrupt()) {
            throw new Panic("yield in interrupt context: " + caller);
        }
        Thread.yield();
        lock.lock();
        try {
            while (!mayResume.getAsBoolean()) {
                checkStop();
                changed.awaitNanos(100_000);
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Object wchan(Actor a) {
        return a.wchan;
    }

    @Override
    public int choose(Actor self, List<String> options) {
        return options.size() == 1 ? 0 : self.random.nextInt(options.size());
    }

    @Override
    public void interrupt(Actor self, Runnable handler) {
        checkStop();
        try {
            ipl.writeLock().lockInterruptibly();
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        try {
            handler.run();
        } finally {
            ipl.writeLock().unlock();
        }
    }
}
