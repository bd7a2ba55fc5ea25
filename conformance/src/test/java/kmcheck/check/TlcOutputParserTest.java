package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on TLC 2.18 {@code -tool} output recorded from real runs (trimmed). */
class TlcOutputParserTest {
    private final List<long[]> progress = new ArrayList<>();

    private TlcOutcome parse(List<String> properties, int exitCode, String... messages) {
        TlcOutputParser parser = new TlcOutputParser(properties,
                (level, generated, distinct, queue) -> progress.add(new long[] {level, generated, distinct, queue}));
        for (String message : messages) {
            message.lines().forEach(parser::accept);
        }
        return parser.finish(exitCode, null);
    }

    private static String msg(int code, int severity, String body) {
        return "@!@!@STARTMSG " + code + ":" + severity + " @!@!@\n" + body + "\n@!@!@ENDMSG " + code + " @!@!@";
    }

    @Test
    void successWithGroupedNumbers() {
        TlcOutcome o = parse(List.of(), 0,
                msg(2200, 0, "Progress(566) at 2026-11-21 23:44:23: 318,948 states generated (318,948 s/min), "
                        + "160,037 distinct states found (160,037 ds/min), 565 states left on queue."),
                msg(2193, 0, "Model checking completed. No error has been found."),
                msg(2199, 0, "4,503,002 states generated, 2,253,001 distinct states found, 0 states left on queue."),
                msg(2194, 0, "The depth of the complete state graph search is 3001."));
        assertEquals(Verdict.ok(), o.verdict());
        assertEquals(2_253_001, o.distinctStates());
        assertEquals(4_503_002, o.statesGenerated());
        assertEquals(3001, o.depth());
        assertEquals(0, o.cexLength());
        assertEquals(1, progress.size());
        assertEquals(160_037, progress.get(0)[2]);
        assertEquals(565, progress.get(0)[3]);
    }

    @Test
    void successNeedsExitCodeZero() {
        TlcOutcome o = parse(List.of(), 153, msg(2193, 0, "Model checking completed. No error has been found."));
        assertEquals(VerdictKind.ERROR, o.verdict().kind());
        assertTrue(o.verdict().message().contains("153 (system error)"), o.verdict().message());
    }

    @Test
    void invariantViolatedByInitialState() {
        TlcOutcome o = parse(List.of(), 12, msg(2107, 1, "Invariant AlwaysInv is violated by the initial state:\nx = 0"));
        assertEquals(Verdict.invariant("AlwaysInv"), o.verdict());
        assertEquals(1, o.cexLength());
        assertEquals(CheckResult.UNKNOWN, o.distinctStates());
    }

    @Test
    void temporalViolationWithSeveralPropertiesIsUnnamed() {
        TlcOutcome o = parse(List.of("AProp", "BProp"), 13,
                msg(2200, 0, "Progress(3) at 2026-11-21 23:43:55: 4 states generated, 3 distinct states found, "
                        + "0 states left on queue."),
                msg(2116, 1, "Temporal properties were violated.\n"),
                msg(2264, 1, "The following behavior constitutes a counter-example:\n"),
                msg(2217, 4, "1: <Initial predicate>\nx = 0\n"),
                msg(2217, 4, "2: <Loop line 7, col 9 to line 7, col 24 of module Ev>\nx = 1\n"),
                msg(2122, 4, "1: Back to state: <Loop line 7, col 9 to line 7, col 24 of module Ev>\n"));
        assertEquals(VerdictKind.PROPERTY, o.verdict().kind());
        assertNull(o.verdict().property());
        assertEquals(2, o.cexLength());
        assertEquals(3, o.depth(), "the last BFS level stands in for the depth TLC does not print here");
        assertTrue(!o.verdict().matches(Verdict.property("AProp")));
        assertTrue(o.verdict().message().contains("AProp, BProp"), o.verdict().message());
        assertEquals("property ?", o.verdict().toString());
    }

    @Test
    void actionPropertyIsNamed() {
        TlcOutcome o = parse(List.of("ActProp"), 13, msg(2112, 1, "Action property ActProp is violated."));
        assertEquals(Verdict.property("ActProp"), o.verdict());
    }

    @Test
    void evaluationErrorKeepsItsMessageAndLocation() {
        TlcOutcome o = parse(List.of(), 75,
                msg(1000, 1, "TLC threw an unexpected exception.\nThe exception was a java.lang.RuntimeException\n"
                        + ": Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P"),
                msg(2121, 1, "The behavior up to this point is:"),
                msg(2217, 4, "1: <Initial predicate>\nx = 0\n"),
                msg(2103, 1, "The error occurred when TLC was evaluating the nested\n0. Line 6, column 9"));
        assertEquals(VerdictKind.ERROR, o.verdict().kind());
        assertTrue(o.verdict().message().contains("CHOOSE"), o.verdict().message());
        assertTrue(o.verdict().message().contains("Line 6, column 9"), o.verdict().message());
        assertEquals(1, o.cexLength());
    }

    @Test
    void parseErrorCarriesSanysReport() {
        TlcOutcome o = parse(List.of(), 150,
                msg(2220, 0, "Starting SANY..."),
                "Parsing file /tmp/Bad.tla\nSemantic errors:\n\n*** Errors: 1\n\nline 6, col 18 to line 6, col 31 "
                        + "of module Bad\n\nUnknown operator: `UndefinedThing'.\n",
                msg(2219, 0, "SANY finished."),
                msg(3002, 1, "Parsing or semantic analysis failed."));
        assertEquals(VerdictKind.ERROR, o.verdict().kind());
        assertTrue(o.verdict().message().contains("Unknown operator: `UndefinedThing'."), o.verdict().message());
        assertEquals("error: Parsing or semantic analysis failed.", o.verdict().toString());
    }

    @Test
    void noOutputAtAllIsAnError() {
        TlcOutcome o = parse(List.of(), 1, "Error: Could not find or load main class tlc2.TLC");
        assertEquals(VerdictKind.ERROR, o.verdict().kind());
        assertTrue(o.verdict().message().contains("Could not find"), o.verdict().message());
    }

    @Test
    void distributedCounterexampleIsUnnamedAndKeepsItsLastState() {
        // TLCServer's output on MCPoolSlowdown_km168_overrun (trimmed): the trace, no "Invariant ... is violated"
        TlcOutcome o = parse(List.of(), 0,
                msg(2121, 1, "The behavior up to this point is:"),
                msg(2217, 4, "1: <Initial predicate>\n/\\ kmFree = 0\n/\\ pc = (p1 :> \"post\" @@ p2 :> \"post\")\n"),
                msg(2217, 4, "2: <IAlloc line 294, col 5 to line 314, col 35 of module PoolSlowdown>\n"
                        + "/\\ kmFree = 0\n/\\ pc = (p1 :> \"post\" @@ p2 :> \"post\")\n/\\ intrFails = 1\n"),
                msg(2199, 0, "736 states generated, 211 distinct states found, 46 states left on queue."));
        assertEquals(VerdictKind.ERROR, o.verdict().kind());
        assertEquals(TlcOutputParser.UNNAMED, o.verdict().message());
        assertEquals("/\\ kmFree = 0\n/\\ pc = (p1 :> \"post\" @@ p2 :> \"post\")\n/\\ intrFails = 1",
                o.unnamedViolation());
        assertEquals(211, o.distinctStates());
    }

    @Test
    void plainTlcsNamedViolationCarriesNoUnnamedState() {
        TlcOutcome o = parse(List.of(), 12,
                msg(2110, 1, "Invariant SumInv is violated."),
                msg(2121, 1, "The behavior up to this point is:"),
                msg(2217, 4, "1: <Initial predicate>\n/\\ x = 0\n"));
        assertEquals(Verdict.invariant("SumInv"), o.verdict());
        assertNull(o.unnamedViolation());
    }

    @Test
    void errorTraceStatesAndTheLassosEnd() {
        TlcOutcome o = parse(List.of("LiveProp"), 13,
                msg(2116, 1, "Temporal properties were violated."),
                msg(2217, 4, "1: <Initial predicate>\n/\\ x = 0\n/\\ f = (p1 :> \"a\" @@\n      p2 :> \"b\")"),
                msg(2217, 4, "2: <Step line 7, col 5 to line 8, col 20 of module M>\n/\\ x = 1\n/\\ f = (p1 :> \"a\" @@ p2 :> \"b\")"),
                msg(2122, 4, "1: Back to state: <Step line 7, col 5 to line 8, col 20 of module M>\n"));
        assertEquals(Verdict.property("LiveProp"), o.verdict());
        ErrorTrace t = o.trace();
        assertEquals(2, t.states().size());
        assertEquals(ErrorTrace.INITIAL, t.states().get(0).action());
        assertEquals("(p1 :> \"a\" @@ p2 :> \"b\")", t.states().get(0).values().get("f"));
        assertEquals(new ErrorTrace.State(2, "Step", "M", java.util.Map.of("x", "1", "f", "(p1 :> \"a\" @@ p2 :> \"b\")")),
                t.states().get(1));
        assertEquals(1, t.loopsBackTo());
        assertEquals(2, o.cexLength());
    }
}
