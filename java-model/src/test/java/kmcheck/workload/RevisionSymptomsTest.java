package kmcheck.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import kmcheck.model.Constants;
import kmcheck.model.Revision;
import kmcheck.sched.Chooser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Each buggy revision shows its symptom when a controlled schedule drives it there; the
 * correct ones never do, over many seeds.  The constants are the small km1.68 model's.
 */
class RevisionSymptomsTest {

    private static final int DECISIONS = 300;

    private static Symptoms run(Revision r, Chooser chooser) {
        Constants k = Constants.defaults().revision(r).build();
        Symptoms s = new Symptoms(k);
        RunResult res = Workload.of(k).observe(s).controlled(chooser, DECISIONS);
        assertTrue(res.pageProblems().isEmpty(), res.pageProblems().toString());
        assertTrue(res.invariantsHeld());
        return s;
    }

    /** The first of 200 seeds whose run shows the symptom, or -1. */
    private static int firstSeedShowing(Revision r, Predicate<Symptoms> symptom) {
        for (int seed = 0; seed < 200; seed++) {
            if (symptom.test(run(r, Chooser.random(seed)))) {
                return seed;
            }
        }
        return -1;
    }

    @Test
    void km166ProcessesDrainTheReserveAndAnInterruptFailsWhileMemoryRemains() {
        // the processes never block, so the km thread, runnable, never gets the CPU
        Symptoms s = run(Revision.KM_1_66, Chooser.priority("p1", "p2", "i1", "km"));
        assertTrue(s.badIntrFail, s.seen.toString());
    }

    @Test
    void km168WithTheSameScheduleYieldsToTheThreadAndTheInterruptSucceeds() {
        Symptoms s = run(Revision.KM_1_68, Chooser.priority("p1", "p2", "i1", "km"));
        assertFalse(s.any(), s.seen.toString());
    }

    @Test
    void km167SleepsHoldingAPage() {
        assertTrue(firstSeedShowing(Revision.KM_1_67, s -> s.sleptHolding) >= 0);
        assertTrue(run(Revision.KM_1_67, Chooser.priority("p1", "p2", "i1", "km")).sleptHolding);
    }

    @Test
    void pool1160YieldsHoldingAPage() {
        assertTrue(firstSeedShowing(Revision.POOL_1_160, s -> s.yieldedHolding) >= 0);
    }

    @Test
    void km177ReentersTheKmMutexAndPanics() {
        Constants k = Constants.defaults().revision(Revision.KM_1_77).build();
        for (int seed = 0; seed < 200; seed++) {
            Symptoms s = new Symptoms(k);
            RunResult r = Workload.of(k).observe(s).controlled(Chooser.random(seed), DECISIONS);
            if (s.kmRecursion) {
                assertTrue(r.panicked(), r.failures().toString());
                assertTrue(r.failures().get(0).contains("mtx_enter: locking against myself: uvm_km_mtx held by p"),
                        r.failures().get(0));
                // the page being unmapped is still accounted for: held by the panicked process
                assertTrue(r.pageProblems().isEmpty(), r.pageProblems().toString());
                return;
            }
        }
        throw new AssertionError("no schedule of 200 drove km1.77 into the nested putpage");
    }

    @ParameterizedTest
    @EnumSource(value = Revision.class, names = {"KM_1_68", "KM_1_84", "POOL_1_166"})
    void correctRevisionsNeverShowASymptom(Revision r) {
        assertEquals(-1, firstSeedShowing(r, Symptoms::any));
    }
}
