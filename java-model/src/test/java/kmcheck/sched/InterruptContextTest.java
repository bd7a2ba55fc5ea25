package kmcheck.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Blocking primitives panic at once in interrupt context; a recursive mtx_enter panics, naming the holder. */
class InterruptContextTest {

    /** Runs body as one actor of the given context on a fresh controlled scheduler; returns its failures. */
    private static List<String> controlled(Context ctx, Function<Scheduler, Consumer<Actor>> body) {
        ControlledScheduler s = new ControlledScheduler(Chooser.random(0));
        s.start("x", ctx, body.apply(s));
        s.run(10);
        s.stop();
        return s.failures();
    }

    /** Runs body as one actor of the given context on real threads; returns its failures. */
    private static List<String> real(Context ctx, Function<Scheduler, Consumer<Actor>> body) throws InterruptedException {
        RealScheduler s = new RealScheduler(0);
        CountDownLatch done = new CountDownLatch(1);
        Consumer<Actor> b = body.apply(s);
        s.start("x", ctx, a -> {
            try {
                b.accept(a);
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(5, TimeUnit.SECONDS), "the actor hung");
        assertTrue(s.stop(Duration.ofSeconds(1)).isEmpty());
        return s.failures();
    }

    private static void panics(List<String> failures, String message) {
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("Panic: " + message), failures.get(0));
    }

    @Test
    void sleepInInterruptContextPanics() throws InterruptedException {
        Function<Scheduler, Consumer<Actor>> sleep = s -> a -> s.sleepSetup(a, new Object(), "getpage");
        panics(controlled(Context.INTERRUPT, sleep), "sleep in interrupt context: getpage");
        panics(real(Context.INTERRUPT, sleep), "sleep in interrupt context: getpage");
    }

    @Test
    void yieldInInterruptContextPanics() throws InterruptedException {
        Function<Scheduler, Consumer<Actor>> yield = s -> a -> s.yield(a, "pool_do_get", () -> true);
        panics(controlled(Context.INTERRUPT, yield), "yield in interrupt context: pool_do_get");
        panics(real(Context.INTERRUPT, yield), "yield in interrupt context: pool_do_get");
    }

    @Test
    void mutexHeldBySomeoneElsePanicsInInterruptContext() throws InterruptedException {
        AtomicReference<Actor> other = new AtomicReference<>();
        Function<Scheduler, Consumer<Actor>> enter = s -> a -> {
            Mutex m = s.newMutex("uvm_km_mtx");
            // a process holds it: enter on its behalf from its own actor object
            Actor p = new Actor("p1", Context.PROCESS);
            other.set(p);
            if (s instanceof ControlledScheduler) {
                m.enter(p);
            } else {
                Thread t = new Thread(() -> m.enter(p));
                t.start();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    throw new Stopped();
                }
            }
            m.enter(a);
        };
        panics(controlled(Context.INTERRUPT, enter), "mtx_enter in interrupt context would block: uvm_km_mtx held by p1");
        panics(real(Context.INTERRUPT, enter), "mtx_enter in interrupt context would block: uvm_km_mtx held by p1");
    }

    @Test
    void recursiveEnterPanicsNamingTheHolderNeverHangs() throws InterruptedException {
        Function<Scheduler, Consumer<Actor>> twice = s -> a -> {
            Mutex m = s.newMutex("uvm_km_mtx");
            m.enter(a);
            m.enter(a);
        };
        panics(controlled(Context.PROCESS, twice), "mtx_enter: locking against myself: uvm_km_mtx held by x");
        panics(real(Context.PROCESS, twice), "mtx_enter: locking against myself: uvm_km_mtx held by x");
    }
}
