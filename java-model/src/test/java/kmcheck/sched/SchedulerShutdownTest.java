package kmcheck.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SchedulerShutdownTest {

    @Test
    void anActorThatIgnoresInterruptsIsReportedWithAThreadDump() {
        RealScheduler s = new RealScheduler(0);
        AtomicBoolean release = new AtomicBoolean();
        s.start("stubborn", Context.PROCESS, a -> {
            while (!release.get()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    // deliberately deaf to the stop
                }
            }
        });
        long t0 = System.nanoTime();
        Optional<String> dump = s.stop(Duration.ofMillis(200));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        release.set(true);
        assertTrue(ms < 2000, ms + " ms");
        assertTrue(dump.isPresent());
        assertTrue(dump.get().contains("kmcheck-stubborn"), dump.get());
        assertTrue(dump.get().contains("SchedulerShutdownTest"), dump.get());
    }

    @Test
    void blockedActorsUnwindOnStop() {
        RealScheduler s = new RealScheduler(0);
        Mutex m = s.newMutex("uvm_km_mtx");
        s.start("sleeper", Context.PROCESS, a -> {
            s.sleepSetup(a, this, "getpage");
            s.sleepFinish(a, false);
        });
        s.start("holder", Context.PROCESS, a -> {
            m.enter(a);
            s.point(a, () -> false);
        });
        s.start("waiter", Context.PROCESS, a -> {
            s.point(a, () -> m.holder() != null);
            m.enter(a);
        });
        s.start("yielder", Context.PROCESS, a -> s.yield(a, "pool_do_get", () -> false));
        assertTrue(s.stop(Duration.ofSeconds(2)).isEmpty());
        assertEquals(0, s.failures().size(), s.failures().toString());
    }

    @Test
    void aControlledRunWithEveryoneAsleepIsQuiescent() {
        ControlledScheduler s = new ControlledScheduler(Chooser.random(0));
        for (String n : new String[] {"p1", "p2"}) {
            s.start(n, Context.PROCESS, a -> {
                s.sleepSetup(a, this, "getpage");
                s.sleepFinish(a, false);
            });
        }
        assertEquals(2, s.run(100));
        assertTrue(s.quiescent());
        s.stop();
        assertEquals(0, s.failures().size(), s.failures().toString());
    }
}
