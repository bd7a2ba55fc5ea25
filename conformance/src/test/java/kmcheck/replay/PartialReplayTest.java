package kmcheck.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;
import org.junit.jupiter.api.Test;

/**
 * Replay of traces that log less than the spec's state: a set of candidate states per step.
 * Hidden.tla hides h (0..3) until Reveal shows it; the traces log only x. Each expected
 * failure is asserted by its kind, invariant and step, so that another failure fails the test.
 */
class PartialReplayTest {
    private static final int MAX = Observation.DEFAULT_MAX_FRONTIER;

    private static ReplayReport replay(String module, String trace, List<String> lines, int hidden, int max,
                                       String... invariants) throws Exception {
        try (Replayer r = Replayer.load(Fixtures.model(module, trace, invariants));
             TraceReader reader = lines == null ? TraceReader.open(Fixtures.resource(trace))
                     : TraceReader.of(lines, Path.of(trace))) {
            return r.replay(reader, Visits.NONE, hidden, max);
        }
    }

    @Test
    void anAmbiguousHiddenVariableIsResolvedLater() throws Exception {
        ReplayReport r = replay("Hidden", "hidden-resolved.ndjson", null, 0, MAX, "HBelowN");
        assertTrue(r.conforms(), r::render);
        FrontierStats f = r.frontier().orElseThrow();
        assertEquals(4, f.max());
        assertEquals(0, f.peakSeq());
        assertEquals(7, f.steps());
        // four candidates for six steps (0..5), then one: (6 * 4 + 1) / 7
        assertEquals(25.0 / 7, f.mean(), 1e-9);
        assertEquals(Set.of("h"), f.ambiguous());
    }

    @Test
    void aViolationSomeCandidatesCommitIsPossibleAtTheEnd() throws Exception {
        ReplayReport r = replay("Hidden", "hidden-open.ndjson", null, 0, MAX, "HBelowN");
        Divergence d = r.divergence().orElseThrow();
        assertEquals(Divergence.Kind.INVARIANT_POSSIBLY_VIOLATED, d.kind(), r::render);
        assertEquals(Optional.of("HBelowN"), d.violatedInvariant());
        assertEquals(0, d.seq());
        assertTrue(d.note().startsWith("1 of the 4 candidate states"), d.note());
    }

    @Test
    void aViolationEveryCandidateCommitsIsDefinite() throws Exception {
        ReplayReport r = replay("Hidden", "hidden-reveals-n.ndjson", null, 0, MAX, "HBelowN");
        Divergence d = r.divergence().orElseThrow();
        assertEquals(Divergence.Kind.INVARIANT_VIOLATED, d.kind(), r::render);
        assertEquals(Optional.of("HBelowN"), d.violatedInvariant());
        assertEquals(6, d.seq());
    }

    @Test
    void anEmptyFrontierNamesTheLoggedDiffAndTheHiddenValuesLeft() throws Exception {
        ReplayReport r = replay("Hidden", "hidden-impossible.ndjson", null, 0, MAX);
        Divergence d = r.divergence().orElseThrow();
        assertEquals(Divergence.Kind.WRONG_SUCCESSOR, d.kind(), r::render);
        assertEquals(6, d.seq());
        assertEquals(List.of(new VarDiff("x", "20", "10")), d.diffs());
        assertTrue(d.note().contains("h in [0, 1, 2, 3]"), d.note());
        assertEquals(6, r.matchedPrefix());
    }

    @Test
    void tooManyCandidatesIsUnderConstrained() {
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> replay("Hidden", "hidden-resolved.ndjson", null, 0, 3));
        assertTrue(e.getMessage().contains(":2: under-constrained at step 0: 4 candidate states after the step, "
                + "more than --max-frontier 3"), e.getMessage());
    }

    @Test
    void aLoggedVariableTheSpecLacksIsBadInput() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.resource("hidden-open.ndjson")));
        lines.set(0, lines.get(0).replace("\"logged\":[\"x\"]", "\"logged\":[\"x\",\"y\"]"));
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> replay("Hidden", "hidden-open.ndjson", lines, 0, MAX));
        assertTrue(e.getMessage().contains(":1: \"logged\" names y, which is not a variable of Hidden"), e.getMessage());
    }

    /** lock-good.ndjson with every third step left out: what an implementation that loses steps logs. */
    private static List<String> everyThirdStepDropped() throws Exception {
        List<String> out = new ArrayList<>();
        List<String> all = Files.readAllLines(Fixtures.resource("lock-good.ndjson"));
        for (int i = 0; i < all.size(); i++) {
            // line i + 1 holds step i - 1; keep the header, step 0 and the last step
            if (i < 2 || i == all.size() - 1 || (i - 1) % 3 != 0) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    @Test
    void droppedStepsReplayWithHiddenSteps() throws Exception {
        List<String> lines = everyThirdStepDropped();
        assertTrue(lines.size() < 11);
        ReplayReport r = replay("LockCounter", "lock-good.ndjson", lines, 1, MAX);
        assertTrue(r.conforms(), r::render);
        assertEquals(lines.size() - 1, r.stepsRead());
    }

    @Test
    void droppedStepsWithoutHiddenStepsAreAGapInSeq() {
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> replay("LockCounter", "lock-good.ndjson", everyThirdStepDropped(), 0, MAX));
        assertTrue(e.getMessage().contains("is not consecutive"), e.getMessage());
    }

    @Test
    void aFusedStepIsItsActionsInTurn() throws Exception {
        // toggle-good: Init, Flip, Step, Step, Flip; the two Steps logged as one event
        List<String> all = Files.readAllLines(Fixtures.resource("toggle-good.ndjson"));
        List<String> lines = List.of(all.get(0), all.get(1), all.get(2),
                all.get(4).replace("\"seq\":3", "\"seq\":2").replace("\"action\":\"Step\"",
                        "\"action\":[\"Step\",\"Step\"]"),
                all.get(5).replace("\"seq\":4", "\"seq\":3"));
        ReplayReport r = replay("Toggle", "toggle-good.ndjson", lines, 0, MAX);
        assertTrue(r.conforms(), r::render);
        // fusing Flip with Step cannot reach x = 2 from x = 0
        List<String> wrong = List.of(all.get(0), all.get(1), all.get(2),
                all.get(4).replace("\"seq\":3", "\"seq\":2").replace("\"action\":\"Step\"",
                        "\"action\":[\"Flip\",\"Step\"]"));
        Divergence d = replay("Toggle", "toggle-good.ndjson", wrong, 0, MAX).divergence().orElseThrow();
        assertEquals(Divergence.Kind.NOT_ENABLED, d.kind());
        assertEquals("Flip \\cdot Step", d.action());
    }

    @Test
    void aFullTraceStaysStateByState() throws Exception {
        ReplayReport r = replay("Toggle", "toggle-good.ndjson", null, 0, MAX);
        assertTrue(r.conforms());
        assertEquals(Optional.empty(), r.frontier());
    }
}
