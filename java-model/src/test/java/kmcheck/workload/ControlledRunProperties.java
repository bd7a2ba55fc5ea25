package kmcheck.workload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kmcheck.config.Constants;
import kmcheck.config.Revision;
import kmcheck.sched.Chooser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Schedules as lists of ints (each taken modulo the number of ready actors or options): jqwik
 * generates and shrinks them, so a failure is a short schedule.
 */
class ControlledRunProperties {

    @Property(tries = 60)
    void correctRevisionsPassTheirOwnPageAudit(@ForAll("correct") Revision r,
                                               @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 7) Integer> schedule) {
        // the spec's properties are TLC's to check (conformance replays these runs); here only
        // the implementation's own audit: no panic, no page lost or counted twice
        Constants k = Constants.defaults().revision(r).build();
        RunResult res = Workload.of(k).controlled(Chooser.fromList(schedule), schedule.size() + 50);
        assertTrue(res.failures().isEmpty(), String.valueOf(res.failures()));
        assertTrue(res.pageProblems().isEmpty(), String.valueOf(res.pageProblems()));
        assertTrue(res.invariantsHeld());
    }

    @Property(tries = 30)
    void theSameScheduleGivesTheSameTrace(@ForAll Revision r,
                                          @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 5) Integer> schedule) {
        Assume.that(!schedule.isEmpty());
        Constants k = Constants.defaults().revision(r).maxIntr(2).build();
        List<String> a = Workload.controlledTrace(k, Chooser.fromList(schedule), schedule.size());
        List<String> b = Workload.controlledTrace(k, Chooser.fromList(schedule), schedule.size());
        assertTrue(a.equals(b));
    }

    @Property(tries = 40)
    void pagesAreConservedWithManyItemsPerPage(@ForAll Revision r, @ForAll @IntRange(min = 1, max = 4) int items,
                                               @ForAll @IntRange(min = 0, max = 2) int maxIdle,
                                               @ForAll long seed) {
        Constants k = Constants.defaults().revision(r).items(items).maxIdle(maxIdle).maxIntr(3).procs(3).build();
        RunResult res = Workload.of(k).controlled(Chooser.random(seed), 250);
        assertTrue(res.pageProblems().isEmpty(), String.valueOf(res.pageProblems()));
        assertTrue(res.invariantsHeld());
    }

    @Provide
    Arbitrary<Revision> correct() {
        return Arbitraries.of(Revision.KM_1_68, Revision.KM_1_84, Revision.POOL_1_166);
    }
}
