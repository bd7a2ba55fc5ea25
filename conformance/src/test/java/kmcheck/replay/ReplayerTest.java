package kmcheck.replay;

import static kmcheck.replay.Fixtures.model;
import static kmcheck.replay.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kmcheck.tracefile.TraceFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays of the LockCounter toy spec; one Replayer serves all tests, as it may. */
class ReplayerTest {
    private static Replayer replayer;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        replayer = Replayer.load(model("MCLockCounter", "lock-good.ndjson", "TypeOK", "Mutex"));
    }

    @AfterAll
    static void close() {
        replayer.close();
    }

    @Test
    void variablesInDeclarationOrder() {
        assertEquals(List.of("holder", "pc", "count", "seen", "last", "busy"), replayer.variables());
    }

    @Test
    void goodTraceConforms() throws Exception {
        ReplayReport r = replayer.replay(resource("lock-good.ndjson"));
        assertTrue(r.conforms(), r.render());
        assertEquals(10, r.stepsRead());
        assertEquals(10, r.matchedPrefix());
        assertTrue(r.render().contains("conforms (10 steps)"), r.render());
    }

    @Test
    void wrongSuccessorDivergesAtThatStepWithTheDiff() throws Exception {
        ReplayReport r = replayer.replay(resource("lock-wrong-successor.ndjson"));
        Divergence d = r.divergence().orElseThrow();
        assertEquals(4, d.seq());
        assertEquals(6, d.line());
        assertEquals("Incr", d.action());
        assertEquals("p1", d.actor());
        assertEquals(Divergence.Kind.WRONG_SUCCESSOR, d.kind());
        assertEquals(List.of(new VarDiff("count", "2", "1")), d.diffs());
        assertEquals(4, r.matchedPrefix());
        String text = r.render();
        assertTrue(text.contains("lock-wrong-successor.ndjson:6: recorded state is not a successor under Incr"), text);
        assertTrue(text.matches("(?s).*count\\s+\\|\\s+2\\s+\\|\\s+1.*"), text);
    }

    @Test
    void disabledActionIsReportedAsNotEnabled() throws Exception {
        ReplayReport r = replayer.replay(resource("lock-not-enabled.ndjson"));
        Divergence d = r.divergence().orElseThrow();
        assertEquals(4, d.seq());
        assertEquals(Divergence.Kind.NOT_ENABLED, d.kind());
        assertEquals(List.of(), d.diffs());
        // the recorded state has both processes in "cs": Mutex fails on it
        assertEquals(Optional.of("Mutex"), d.violatedInvariant());
        assertTrue(d.note().contains("enabled here: Incr(p1), Release(p1)"), d.note());
    }

    @Test
    void actorSelectsTheActionInstance() throws Exception {
        ReplayReport r = replayer.replay(resource("lock-wrong-actor.ndjson"));
        Divergence d = r.divergence().orElseThrow();
        assertEquals(1, d.seq());
        assertEquals(Divergence.Kind.WRONG_SUCCESSOR, d.kind());
        assertEquals(List.of(new VarDiff("pc", "(p1 :> \"want\" @@ p2 :> \"idle\")", "(p1 :> \"idle\" @@ p2 :> \"want\")")),
                d.diffs());
        assertTrue(d.note().contains("the recorded state is a successor under Want(p1)"), d.note());
    }

    @Test
    void stepZeroMustBeAnInitialState() throws Exception {
        ReplayReport r = replayer.replay(resource("lock-not-initial.ndjson"));
        Divergence d = r.divergence().orElseThrow();
        assertEquals(0, d.seq());
        assertEquals(Divergence.Kind.NOT_INITIAL, d.kind());
        assertEquals(List.of(new VarDiff("busy", "TRUE", "FALSE")), d.diffs());
        assertEquals(0, r.matchedPrefix());
    }

    @Test
    void anActionThatIsNoActionOfTheSpecDiverges() throws Exception {
        ReplayReport r = replayer.replay(resource("lock-unknown-action.ndjson"));
        Divergence d = r.divergence().orElseThrow();
        assertEquals(Divergence.Kind.UNKNOWN_ACTION, d.kind());
        assertEquals(1, d.seq());
        assertEquals("AskForLock", d.action());
        assertTrue(d.note().contains("the actions of MCLockCounter: Want, Acquire, Incr, Release"), d.note());
        assertTrue(r.render().contains(":3: \"AskForLock\" is not an action of the spec"), r.render());
    }

    @Test
    void valueOfTheWrongShapeIsRejectedWithFileAndLine() throws Exception {
        Path f = copyReplacing("lock-good.ndjson", 4, "\"count\":0", "\"count\":\"zero\"");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> replayer.replay(f));
        assertEquals(4, e.line());
        assertTrue(e.reason().contains("variable count: the spec holds an integer"), e.getMessage());
    }

    @Test
    void variableTheSpecDoesNotHaveIsRejected() throws Exception {
        Path f = copyReplacing("lock-good.ndjson", 5, "\"busy\":true", "\"busy\":true,\"extra\":1");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> replayer.replay(f));
        assertEquals(5, e.line());
        assertTrue(e.reason().contains("unknown variable \"extra\""), e.getMessage());
    }

    @Test
    void headerOfAnotherModelIsRejected() throws Exception {
        Path f = copyReplacing("lock-good.ndjson", 1, "\"Max\":3", "\"Max\":4");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> replayer.replay(f));
        assertEquals(1, e.line());
    }

    @Test
    void missingTraceFileIsAReplayException() {
        assertThrows(ReplayException.class, () -> replayer.replay(dir.resolve("absent.ndjson")));
    }

    @Test
    void invariantViolationIsReportedByName() throws Exception {
        try (Replayer withBound = Replayer.load(
                model("MCLockCounter", "lock-good.ndjson", "TypeOK", "Mutex", "CountBelowMax"))) {
            ReplayReport r = withBound.replay(resource("lock-good.ndjson"));
            Divergence d = r.divergence().orElseThrow();
            assertEquals(Divergence.Kind.INVARIANT_VIOLATED, d.kind());
            assertEquals(Optional.of("CountBelowMax"), d.violatedInvariant());
            assertEquals(8, d.seq());
            assertEquals(8, r.matchedPrefix());
            assertEquals(9, r.stepsRead());
            assertTrue(r.render().contains("invariant CountBelowMax is violated"), r.render());
        }
    }

    @Test
    void undefinedInvariantFailsToLoad() {
        ReplayException e = assertThrows(ReplayException.class,
                () -> Replayer.load(model("MCLockCounter", "lock-good.ndjson", "NoSuchInvariant")));
        assertTrue(e.getMessage().contains("NoSuchInvariant"), e.getMessage());
    }

    @Test
    void constantTheSpecDoesNotDeclareFailsToLoad() {
        ReplayModel m = new ReplayModel(Fixtures.specsDir(), "Toggle",
                java.util.Map.of("Limit", new kmcheck.tracefile.TraceValue.Int(2), "Bogus", new kmcheck.tracefile.TraceValue.Int(1)),
                List.of(), "Init", "Next");
        ConstantsRejectedException e = assertThrows(ConstantsRejectedException.class, () -> Replayer.load(m));
        assertTrue(e.getMessage().contains("constant \"Bogus\" is not declared by Toggle"), e.getMessage());
    }

    @Test
    void specThatDoesNotParseFailsToLoad() throws Exception {
        Files.writeString(dir.resolve("Broken.tla"), "---- MODULE Broken ----\nVARIABLE x\nInit == x = \n====\n");
        ReplayModel m = new ReplayModel(dir, "Broken", java.util.Map.of(), List.of(), "Init", "Next");
        ReplayException e = assertThrows(ReplayException.class, () -> Replayer.load(m));
        assertTrue(e.getMessage().contains("Broken"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    /** A copy of a resource trace with one replacement on one line. */
    private Path copyReplacing(String trace, int line, String from, String to) throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(resource(trace)));
        String before = lines.get(line - 1);
        assertTrue(before.contains(from), before);
        lines.set(line - 1, before.replace(from, to));
        Path f = dir.resolve(trace);
        Files.write(f, lines);
        return f;
    }
}
