package kmcheck.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A controlled run whose ready actors make no step ends as a stop, not at its budget. */
class SpinDetectionTest {

    /** an actor that is always ready and never makes a step: a declined pool_put offered again */
    private static void spin(ControlledScheduler s, String name) {
        s.start(name, Context.PROCESS, a -> {
            for (;;) {
                s.point(a, () -> true);
            }
        });
    }

    @Test
    void actorsThatOnlySpinEndTheRunAsQuiescent() {
        AtomicLong steps = new AtomicLong();
        ControlledScheduler s = new ControlledScheduler(Chooser.random(0), steps::get);
        spin(s, "p1");
        spin(s, "p2");
        long n = s.run(10_000);
        s.stop();
        assertTrue(s.quiescent(), n + " decisions");
        assertTrue(n < 100, n + " decisions");
    }

    @Test
    void withoutAProgressCountASpinningRunGoesToItsBudget() {
        ControlledScheduler s = new ControlledScheduler(Chooser.random(0));
        spin(s, "p1");
        assertEquals(500, s.run(500));
        s.stop();
        assertFalse(s.quiescent());
    }

    @Test
    void oneActorMakingStepsKeepsTheRunGoing() {
        AtomicLong steps = new AtomicLong();
        ControlledScheduler s = new ControlledScheduler(Chooser.random(0), steps::get);
        spin(s, "p1");
        s.start("p2", Context.PROCESS, a -> {
            for (int i = 0; i < 200; i++) {
                s.point(a, () -> true);
                steps.incrementAndGet();
            }
        });
        long n = s.run(100_000);
        s.stop();
        assertTrue(s.quiescent());
        assertEquals(200, steps.get(), n + " decisions");
        assertTrue(n > 200, n + " decisions");
    }

    @Test
    void anActorTakingSpinTurnsForAStepIsNotSpinning() {
        AtomicLong steps = new AtomicLong();
        ControlledScheduler s = new ControlledScheduler(Chooser.random(0), steps::get);
        s.start("p1", Context.PROCESS, a -> {
            // SPIN_TURNS turns for its first step (the first runs to the first point), one fewer after
            for (int i = 0; i < 1000; i++) {
                for (int j = 0; j < ControlledScheduler.SPIN_TURNS - 1; j++) {
                    s.point(a, () -> true);
                }
                steps.incrementAndGet();
            }
        });
        long n = s.run(100_000);
        s.stop();
        assertEquals(1000, steps.get(), n + " decisions");
    }
}
