package kmcheck.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Exactly one actor runs at a time, from one scheduling point to the next; at each point the
 * supplied {@link Chooser} picks who runs next among the actors that are ready.  Every actor is
 * a JVM thread, but they hand a single baton around, so the code between two scheduling points
 * is atomic by construction and the same chooser answers give the same run.
 *
 * <p>Yield is exact: a yielder is not ready until its resume condition (the refill thread is
 * blocked) holds.  A timed sleep's timeout may fire at any scheduling point.
 *
 * <p>A run also ends, as quiescent, when it spins: given a progress count (the spec steps
 * written), once every ready actor has had {@link #SPIN_TURNS} turns since the count last grew.
 * An actor that can make a step makes it within a few turns (each turn runs to the next
 * scheduling point; in campaigns of every revision, random, guided and at the kernel level, no
 * actor took more than two turns for a step), so such a run is one where
 * actors are ready but none can make a step: for the judge of a run a stop like any other,
 * where ending at the budget would hide that the spec could go on.
 *
 * <p>Thread contract: {@link #run} and {@link #stop} from one driver thread; the
 * {@link Scheduler} methods from the actors.  {@link #stop} ends within a bounded time: every
 * parked actor is resumed into {@link Stopped}.
 */
public final class ControlledScheduler implements Scheduler {
    /** turns each ready actor has had without a step before a run counts as spinning */
    static final int SPIN_TURNS = 8;

    /** who runs next, and the workload's choices */
    private final Chooser chooser;
    /** grows with every spec step, or null: no spin detection */
    private final LongSupplier progress;
    /** every actor, in start order: the order the chooser sees */
    private final List<Actor> actors = new CopyOnWriteArrayList<>();
    /** released by an actor when it reaches a scheduling point or ends */
    private final Semaphore back = new Semaphore(0);
    /** panics and other failures of actors, "name: message" */
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** mutexes held right now; interrupts wait for zero */
    private int mutexesHeld;
    /** the run is over; actors unwind */
    private volatile boolean stopping;
    /** scheduling decisions made */
    private long decisions;
    /** the last run ended because no actor was ready or could make a step */
    private boolean quiescent;
    /** progress as of the last turn */
    private long lastProgress;

    /** A scheduler whose runs end at the budget or when no actor is ready. */
    public ControlledScheduler(Chooser chooser) {
        this(chooser, null);
    }

    /** A scheduler whose runs also end when they spin: no growth of progress in a round of turns. */
    public ControlledScheduler(Chooser chooser, LongSupplier progress) {
        this.chooser = chooser;
        this.progress = progress;
    }

    @Override
    public Actor start(String name, Context context, Consumer<Actor> body) {
        Actor a = new Actor(name, context);
        // the new actor waits for its first turn; every end of its body hands the baton back
        return ActorThreads.start(a, "kmcheck-controlled-" + name, () -> {
            a.go.acquireUninterruptibly();
            if (!stopping) {
                body.accept(a);
            }
        }, back::release, actors, failures);
    }

    @Override
    public Mutex newMutex(String name) {
        return new ControlledMutex(this, name);
    }

    /**
     * Run until maxDecisions scheduling decisions are made, no actor is ready or the run spins.
     *
     * @return the decisions made by this call
     */
    public long run(long maxDecisions) {
        long n = 0;
        quiescent = false;
        List<Actor> ready = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (n < maxDecisions) {
            ready.clear();
            names.clear();
            boolean moved = progressed();
            boolean spinning = progress != null;
            for (Actor a : actors) {
                if (moved) {
                    a.idleTurns = 0;
                }
                if (!a.done && a.ready.getAsBoolean()) {
                    ready.add(a);
                    names.add(a.name());
                    spinning &= a.idleTurns >= SPIN_TURNS;
                }
            }
            if (ready.isEmpty() || spinning) {
                quiescent = true;
                break;
            }
            Actor a = ready.get(ready.size() == 1 ? 0 : Math.floorMod(chooser.pick(names), ready.size()));
            a.idleTurns++;
            a.go.release();
            back.acquireUninterruptibly();
            n++;
            decisions++;
        }
        return n;
    }

    /** End the run: every actor still parked unwinds through {@link Stopped}, one at a time. */
    public void stop() {
        stopping = true;
        for (Actor a : actors) {
            if (!a.done) {
                a.go.release();
                back.acquireUninterruptibly();
            }
        }
        for (Actor a : actors) {
            try {
                a.thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether progress grew since the last call. */
    private boolean progressed() {
        if (progress == null) {
            return false;
        }
        long p = progress.getAsLong();
        boolean grew = p != lastProgress;
        lastProgress = p;
        return grew;
    }

    /**
     * The last {@link #run} ended because no actor was ready (deadlock or exhaustion) or none of
     * the ready ones could make a step (spinning).
     */
    public boolean quiescent() {
        return quiescent;
    }

    public long decisions() {
        return decisions;
    }

    /** Failures of actors so far, "name: exception". */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Park self until ready holds and the chooser picks it.  Call only from self's thread. */
    void await(Actor self, BooleanSupplier ready) {
        if (stopping) {
            throw new Stopped();
        }
        self.ready = ready;
        back.release();
        self.go.acquireUninterruptibly();
        self.ready = () -> true;
        if (stopping) {
            throw new Stopped();
        }
    }

    /** A mutex was taken (+1) or released (-1).  Only the running actor calls this. */
    void mutexHeld(int delta) {
        mutexesHeld += delta;
    }

    @Override
    public void point(Actor self, BooleanSupplier ready) {
        await(self, ready);
    }

    @Override
    public void sleepSetup(Actor self, Object chan, String wmesg) {
        if (self.isInterrupt()) {
            throw new Panic("sleep in interrupt context: " + wmesg);
        }
        self.wmesg = wmesg;
        self.wchan = chan;
    }

    @Override
    public void sleepFinish(Actor self, boolean timed) {
        if (timed) {
            // the timeout may fire at any point: always ready
            await(self, () -> true);
            self.wchan = null;
        } else {
            await(self, () -> self.wchan == null);
        }
    }

    @Override
    public void wakeup(Object chan) {
        for (Actor a : actors) {
            if (a.wchan == chan) {
                a.wchan = null;
            }
        }
    }

    @Override
    public void yield(Actor self, String caller, BooleanSupplier mayResume) {
        if (self.isInterrupt()) {
            throw new Panic("yield in interrupt context: " + caller);
        }
        await(self, mayResume);
    }

    @Override
    public Object wchan(Actor a) {
        return a.wchan;
    }

    @Override
    public int choose(Actor self, List<String> options) {
        return options.size() == 1 ? 0 : Math.floorMod(chooser.pick(options), options.size());
    }

    @Override
    public void interrupt(Actor self, Runnable handler) {
        await(self, () -> mutexesHeld == 0);
        handler.run();
    }
}
