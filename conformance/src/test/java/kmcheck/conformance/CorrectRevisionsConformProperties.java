package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import kmcheck.campaign.ControlledRun;
import kmcheck.campaign.Schedule;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
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

    @Provide
    Arbitrary<Schedule> schedules() {
        return Schedules.any();
    }

    private static void conforms(String revision, Schedule schedule) {
        ControlledRun run = Conformance.run(revision, schedule, DECISIONS);
        // what the tries reached, so that a green run shows it exercised the protocol
        for (String action : List.of("PYieldDone", "PKmSleep", "TPublish", "TMemReturn", "TDrainOne")) {
            Statistics.label(action).collect(run.reached(action));
        }
        assertTrue(run.conforms(), () -> revision + " diverges from the spec:\n" + run.explain());
    }
}
