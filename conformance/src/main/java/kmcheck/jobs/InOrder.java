package kmcheck.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work on {@code jobs} threads, results taken in input order: each thread has a state of its own
 * (for replay: its own {@code Replayer}s, each with its own class loader and TLC), made on the
 * thread's first item and closed when the thread runs out; items go to whichever thread is free,
 * and the consumer sees result {@code i} only after results {@code 0..i-1}, so what it prints or
 * decides is the same for any number of jobs. With one job everything runs on the calling thread.
 *
 * <p>Thread contract: {@link #run} is called by one thread, which alone runs the consumer; the
 * work function runs on the job threads, each call with the calling thread's own state, never
 * shared. When the consumer says stop, no new item is started; items running finish and are
 * dropped.
 *
 * @param <S> a job thread's state
 */
public final class InOrder<S extends AutoCloseable> {

    /** The work on one item, with the state of the thread that runs it. */
    @FunctionalInterface
    public interface Work<S, I, R> {
        R apply(S state, I item) throws Exception;
    }

    /** Takes results in input order; returns false to stop. */
    @FunctionalInterface
    public interface Consumer<R> {
        boolean accept(int index, R result) throws Exception;
    }

    private final int jobs;
    private final Supplier<S> newState;

    /**
     * @param jobs     threads, at least 1
     * @param newState a new thread state (called on the job thread that will use it)
     */
    public InOrder(int jobs, Supplier<S> newState) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
        this.newState = newState;
    }

    /**
     * Applies {@code work} to every item and hands each result to {@code consumer} in input order,
     * until the consumer returns false. An exception of the work or the consumer ends the run
     * (after the running items) and is thrown here, unwrapped.
     */
    public <I, R> void run(List<I> items, Work<S, I, R> work, Consumer<R> consumer) throws Exception {
        if (jobs == 1) {
            try (S state = newState.get()) {
                for (int i = 0; i < items.size(); i++) {
                    if (!consumer.accept(i, work.apply(state, items.get(i)))) {
                        return;
                    }
                }
            }
            return;
        }
        List<Slot<R>> slots = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            slots.add(new Slot<>());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "kmcheck job");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> threads = new ArrayList<>();
        try {
            for (int j = 0; j < jobs; j++) {
                threads.add(pool.submit(() -> {
                    try (S state = newState.get()) {
                        // stop is read before an item is claimed: a claimed item always gets its result
                        for (int i; !stop.get() && (i = next.getAndIncrement()) < items.size(); ) {
                            try {
                                slots.get(i).set(work.apply(state, items.get(i)), null);
                            } catch (Exception | Error e) {
                                // as with one job: the results before it stand, none after it is made
                                stop.set(true);
                                slots.get(i).set(null, e);
                            }
                        }
                    } catch (Exception | Error e) {
                        // the thread's state could not be made or closed: no item can rely on it
                        stop.set(true);
                        slots.forEach(s -> s.failIfUnset(e));
                    }
                    return null;
                }));
            }
            for (int i = 0; i < items.size(); i++) {
                if (!consumer.accept(i, slots.get(i).get())) {
                    return;
                }
            }
        } finally {
            stop.set(true);
            for (Slot<R> s : slots) {
                s.failIfUnset(new InterruptedException("stopped"));
            }
            pool.shutdown();
            for (Future<?> f : threads) {
                try {
                    f.get(); // states are closed before run returns
                } catch (ExecutionException ignored) {
                    // reported through the slots
                }
            }
        }
    }

    /** One item's result, or the failure that took its place. */
    private static final class Slot<R> {
        private boolean set;
        private R result;
        private Throwable failure;

        synchronized void set(R r, Throwable t) {
            if (!set) {
                set = true;
                result = r;
                failure = t;
                notifyAll();
            }
        }

        synchronized void failIfUnset(Throwable t) {
            set(null, t);
        }

        synchronized R get() throws Exception {
            while (!set) {
                wait();
            }
            if (failure instanceof Exception e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
