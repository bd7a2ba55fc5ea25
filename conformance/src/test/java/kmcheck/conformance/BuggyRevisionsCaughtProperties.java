package kmcheck.conformance;

import java.util.Optional;
import kmcheck.replay.Divergence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import kmcheck.campaign.ControlledRun;
import kmcheck.campaign.Schedule;
import kmcheck.trace.TraceLevel;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Each buggy revision of the Java model, driven by generated schedules, reaches a state that
 * breaks the property its history broke, as TLC evaluates it from specs/ on the replayed trace
 * (the invariants of the revision's _small model).  Each property must be falsified; jqwik
 * shrinks the schedule, and {@link ExpectViolation} prints the shrunk run step by step with
 * TLC's report.  A property that holds fails the test, and so does one falsified by anything
 * but that very invariant.
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

    /** 1.77: the thread's round keeps the km mutex and re-enters it (NoKmMutexRecursionInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km177Recurses(@ForAll("schedules") Schedule schedule) {
        conforms("km1.77", schedule);
    }

    /** 1.79: putpage at hiwat re-enters the km mutex (NoKmMutexRecursionInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km179Recurses(@ForAll("schedules") Schedule schedule) {
        conforms("km1.79", schedule);
    }

    /** 1.160: the yield before the insert (NoYieldWhileHoldingInv). */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void pool1160YieldsHolding(@ForAll("schedules") Schedule schedule) {
        conforms("pool1.160", schedule);
    }

    /** The same six at the kernel trace level: no pc, no private pages, no history variables logged. */
    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km138DrainsAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.38", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km166DrainsAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.66", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km167SleepsHoldingAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.67", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km177RecursesAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.77", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km179RecursesAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.79", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void pool1160YieldsHoldingAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("pool1.160", schedule, TraceLevel.KERNEL);
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Schedules.any();
    }

    /**
     * Passes while the run conforms; throws {@link ExpectViolation.Found} when its trace is a
     * behaviour of the spec up to a state breaking exactly the invariant expected.tsv names for
     * the revision; any other divergence is an IllegalStateException, which fails the test.
     */
    private static void conforms(String revision, Schedule schedule) {
        conforms(revision, schedule, TraceLevel.FULL);
    }

    /**
     * At the kernel level the violation must be definite: every behaviour of the spec consistent
     * with the logged variables breaks the invariant ({@link Divergence.Kind#INVARIANT_VIOLATED}).
     */
    private static void conforms(String revision, Schedule schedule, TraceLevel level) {
        ControlledRun run = Conformance.run(revision, schedule, CorrectRevisionsConformProperties.DECISIONS, level);
        if (run.conforms()) {
            return;
        }
        String expected = Conformance.expectedViolation(revision);
        Divergence d = run.report().divergence().orElseThrow();
        if (d.kind() == Divergence.Kind.INVARIANT_VIOLATED && d.violatedInvariant().equals(Optional.of(expected))) {
            throw new ExpectViolation.Found(revision + " breaks " + expected + ", as expected.tsv says (" + level
                    + " trace):\n" + run.explain());
        }
        throw new IllegalStateException(revision + ": expected " + expected + ", found another divergence ("
                + level + " trace):\n"
                + run.explain());
    }
}
