package kmcheck.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kmcheck.coverage.Coverage;
import kmcheck.coverage.CoverageReport;
import kmcheck.tracefile.TraceReader;
import org.junit.jupiter.api.Test;

/**
 * The reachable graph TLC computes and the coverage of replayed traces, on Toggle with Limit 2:
 * six states (x in 0..2, on), eight transitions (a Flip from each state, a Step from (0, on)
 * and (1, on)); toggle-good.ndjson visits five states and four transitions.
 */
class CoverageTest {
    @Test
    void theReachableGraphIsTlcs() throws Exception {
        try (Replayer r = Replayer.load(Fixtures.model("Toggle", "toggle-good.ndjson"))) {
            StateSpace space = r.stateSpace(1000);
            assertTrue(space.complete());
            assertEquals(6, space.stateCount());
            assertEquals(8, space.transitionCount());
            assertEquals(1, space.initial().size());
            assertEquals(List.of("WitnessTopReached", "WitnessFlipOffBelow"), space.witnesses());
            assertEquals(List.of("Flip", "Step"), space.actions());
        }
    }

    @Test
    void aSearchCutShortSaysSo() throws Exception {
        try (Replayer r = Replayer.load(Fixtures.model("Toggle", "toggle-good.ndjson"))) {
            StateSpace space = r.stateSpace(3);
            assertFalse(space.complete());
            assertEquals(3, space.stateCount());
        }
    }

    @Test
    void coverageCountsWhatTheReplayMatched() throws Exception {
        try (Replayer r = Replayer.load(Fixtures.model("Toggle", "toggle-good.ndjson"));
             TraceReader trace = TraceReader.open(Fixtures.resource("toggle-good.ndjson"))) {
            Coverage c = new Coverage();
            assertTrue(r.replay(trace, c).conforms());
            CoverageReport report = c.against(r.stateSpace(1000));
            assertEquals(5, report.states());
            assertEquals(6, report.reachableStates());
            assertEquals(4, report.transitions());
            assertEquals(8, report.reachableTransitions());
            assertEquals(Set.of("Flip", "Step"), report.actions());
            assertEquals(Set.of("WitnessTopReached"), report.witnesses());
            assertEquals(Set.of("WitnessFlipOffBelow"), report.missedWitnesses());
            assertEquals(0, report.outside());
            assertEquals("states 5/6 (83.3%), transitions 4/8 (50.0%), actions 2/2, places 0/0, witnesses 1/2",
                    report.toString());
        }
    }

    @Test
    void aDivergingTraceCountsItsConformingPrefixOnly() throws Exception {
        try (Replayer r = Replayer.load(Fixtures.model("Toggle", "toggle-bad.ndjson"));
             TraceReader trace = TraceReader.open(Fixtures.resource("toggle-bad.ndjson"))) {
            Coverage c = new Coverage();
            ReplayReport report = r.replay(trace, c);
            assertFalse(report.conforms());
            CoverageReport cov = c.against(r.stateSpace(1000));
            assertEquals(0, cov.transitions());
            assertEquals(report.matchedPrefix(), cov.states());
        }
    }
}
