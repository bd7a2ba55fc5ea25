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
}
