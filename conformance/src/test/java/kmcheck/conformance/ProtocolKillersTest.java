package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kmcheck.campaign.Campaign;
import kmcheck.campaign.Conformer;
import kmcheck.campaign.RevisionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance verdicts of every revision in a few seconds, reproducibly (fixed seeds): the
 * tests that mutation testing of the Java model runs for each mutant (`make mutants`, PIT). A
 * correct revision conforms on 100 random and 60 coverage-guided runs; a buggy one is caught by
 * exactly the invariant expected.tsv names within 150 runs. A mutant of the km, pool or thread
 * code survives only if every one of them still holds.
 */
class ProtocolKillersTest {
    private static final Conformer CONFORMER = new Conformer(Conformance.SPECS);

    static java.util.stream.Stream<String> revisions() {
        return kmcheck.check.ExpectedTable.REVISIONS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void theRevisionsVerdictHolds(String revision) throws Exception {
        kmcheck.check.ModelEntry small = kmcheck.check.ExpectedTable.load(Conformance.SPECS).models().stream()
                .filter(m -> revision.equals(m.revision()) && m.name().endsWith("_small")).findFirst().orElseThrow();
        boolean correct = small.expected().kind() == kmcheck.check.VerdictKind.OK;
        String expected = correct ? "-" : small.expected().property();
        Map<Boolean, Integer> tries = correct ? Map.of(false, 100, true, 60) : Map.of(false, 150);
        for (Map.Entry<Boolean, Integer> mode : tries.entrySet()) {
            CONFORMER.forgetVisits();
            RevisionResult r = new Campaign(Conformance.SPECS, 1, null, mode.getKey(), kmcheck.trace.TraceLevel.FULL, null)
                    .runOne(CONFORMER, revision, expected, mode.getValue(), 11);
            assertTrue(r.asExpected(), revision + (mode.getKey() ? " (guided)" : "") + ": " + r.cell());
            if (correct) {
                assertEquals(mode.getValue(), r.conforming(), r.cell());
            }
        }
    }

    /**
     * A correct revision's runs with km168_wake's constants (LOWAT 2, 3 items in use, an idle page
     * kept) are behaviours of the spec: the workload where a process sleeps on an empty reserve and
     * a round wakes it, which the small models' constants almost never reach, so that a dropped
     * wakeup of the thread or of a getpage sleeper diverges here. The constants are beyond the
     * NoBadIntrFail bound (2 processes + 1 interrupt > LOWAT 2; km168_wake does not check it), so a
     * run may end in exactly that invariant, and the next seed goes on; any other divergence fails.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("correctRevisions")
    void theRevisionConformsWhereSleepersWake(String revision) throws Exception {
        Campaign wake = new Campaign(Conformance.SPECS, 1, null, true, kmcheck.trace.TraceLevel.FULL,
                Conformance.SPECS.resolve("MCPoolSlowdown_km168_wake.cfg"));
        int checked = 0;
        for (long seed = 11; checked < 60; seed++) {
            CONFORMER.forgetVisits();
            RevisionResult r = wake.runOne(CONFORMER, revision, "-", 60 - checked, seed);
            checked += r.first().map(RevisionResult.Violation::tryNumber).orElse(r.tries());
            assertTrue(r.first().map(v -> v.what().equals(BEYOND_THE_BOUND)).orElse(true),
                    revision + " (km168_wake's constants, guided, seed " + seed + "): " + r.cell());
        }
    }

    /** The one invariant km168_wake's constants may break in a correct revision. */
    private static final String BEYOND_THE_BOUND = "NoBadIntrFailInv";

    static java.util.stream.Stream<String> correctRevisions() throws Exception {
        return kmcheck.check.ExpectedTable.load(Conformance.SPECS).models().stream()
                .filter(m -> m.name().endsWith("_small") && m.expected().kind() == kmcheck.check.VerdictKind.OK)
                .map(kmcheck.check.ModelEntry::revision);
    }
}
