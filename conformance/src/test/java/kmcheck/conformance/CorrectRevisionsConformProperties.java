package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import kmcheck.campaign.ControlledRun;
import kmcheck.campaign.Schedule;
import kmcheck.trace.TraceLevel;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * The correct revisions conform: under any schedule the controlled scheduler can be given,
 * every step of the Java model is a step of the spec's named action and every state
 * satisfies every invariant of the revision's model, as TLC evaluates them from specs/.
 * A schedule is a list of choices: who runs next, or what a process does next.
 */
class CorrectRevisionsConformProperties {
    /** decisions per run: enough for several refill rounds and a drained reserve */
    static final long DECISIONS = 120;

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km168Conforms(@ForAll("schedules") Schedule schedule) {
        conforms("km1.68", schedule);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void km184Conforms(@ForAll("schedules") Schedule schedule) {
        conforms("km1.84", schedule);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.FULL)
    void pool1166Conforms(@ForAll("schedules") Schedule schedule) {
        conforms("pool1.166", schedule);
    }

    /** The kernel trace level: replay keeps the spec states consistent with what a kernel could log. */
    @Property(tries = 300, shrinking = ShrinkingMode.FULL)
    void km168ConformsAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.68", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.FULL)
    void km184ConformsAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("km1.84", schedule, TraceLevel.KERNEL);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.FULL)
    void pool1166ConformsAtKernelLevel(@ForAll("schedules") Schedule schedule) {
        conforms("pool1.166", schedule, TraceLevel.KERNEL);
    }

    /** Coverage-guided: each try is steered towards spec transitions the earlier tries did not take. */
    @Property(tries = 100)
    void km168ConformsGuided(@ForAll long seed) {
        conformsGuided("km1.68", seed);
    }

    @Property(tries = 100)
    void km184ConformsGuided(@ForAll long seed) {
        conformsGuided("km1.84", seed);
    }

    @Property(tries = 100)
    void pool1166ConformsGuided(@ForAll long seed) {
        conformsGuided("pool1.166", seed);
    }

    @BeforeProperty
    void freshCoverage() {
        Conformance.forgetVisits();
        last = null;
    }

    /** The spec coverage of the property's tries, with the jqwik report (a green run shows what it exercised). */
    @AfterProperty
    void reportCoverage() {
        if (last != null) {
            System.out.println("[" + lastRevision + "] spec coverage of the property's tries: "
                    + Conformance.coverage(last));
        }
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        return Schedules.any();
    }

    private static void conformsGuided(String revision, long seed) {
        ControlledRun run = Conformance.runGuided(revision, new java.util.Random(seed), DECISIONS);
        last = run;
        lastRevision = revision;
        assertTrue(run.conforms(), () -> revision + " diverges from the spec (guided, seed " + seed + "):\n"
                + run.explain());
    }

    /** the property's last run, whose model's coverage the report gives */
    private static ControlledRun last;
    private static String lastRevision;

    private static void conforms(String revision, Schedule schedule) {
        conforms(revision, schedule, TraceLevel.FULL);
    }

    private static void conforms(String revision, Schedule schedule, TraceLevel level) {
        ControlledRun run = Conformance.run(revision, schedule, DECISIONS, level);
        // a kernel-level trace determines few states: coverage is a full-level measure
        last = level == TraceLevel.FULL ? run : null;
        lastRevision = revision;
        // what the tries reached, so that a green run shows it exercised the protocol
        for (String action : List.of("PYieldDone", "PKmSleep", "TPublish", "TMemReturn", "TDrainOne")) {
            Statistics.label(action).collect(run.reached(action));
        }
        assertTrue(run.conforms(), () -> revision + " diverges from the spec (" + level + " trace):\n" + run.explain());
    }
}
