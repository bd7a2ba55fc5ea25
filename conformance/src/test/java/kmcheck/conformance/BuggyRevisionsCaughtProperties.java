package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import kmcheck.campaign.ControlledRun;
import kmcheck.campaign.Schedule;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Each buggy revision of the Java model, driven by generated schedules, reaches a state that
 * breaks the property its history broke, as TLC evaluates it from specs/ on the replayed trace
 * (the invariants of the revision's _small model).  Each property must be falsified; jqwik
 * shrinks the schedule, and {@link ExpectViolation} prints the shrunk run step by step with
 * TLC's report.  A property that holds fails the test.
 */
@AddLifecycleHook(value = ExpectViolation.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class BuggyRevisionsCaughtProperties {

    /** 1.38: no slowdown; a process drains the reserve and an interrupt fails (NoBadIntrFailInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km138Drains(@ForAll("schedules") Schedule schedule) {
        conforms("km1.38", schedule);
    }

    /** 1.66: the same drain with sleeping callers (NoBadIntrFailInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km166Drains(@ForAll("schedules") Schedule schedule) {
        conforms("km1.66", schedule);
    }

    /** 1.67: getpg2 sleeps holding the page (NoSleepWhileHoldingInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km167SleepsHolding(@ForAll("schedules") Schedule schedule) {
        conforms("km1.67", schedule);
    }

    /** 1.77: putpage at hiwat re-enters the km mutex (NoKmMutexRecursionInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km177Recurses(@ForAll("schedules") Schedule schedule) {
        conforms("km1.77", schedule);
    }

    /** 1.160: the yield before the insert (NoYieldWhileHoldingInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void pool1160YieldsHolding(@ForAll("schedules") Schedule schedule) {
        conforms("pool1.160", schedule);
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Schedules.any();
    }

    private static void conforms(String revision, Schedule schedule) {
        ControlledRun run = Conformance.run(revision, schedule, CorrectRevisionsConformProperties.DECISIONS);
        assertTrue(run.conforms(), () -> revision + ":\n" + run.explain());
    }
}
