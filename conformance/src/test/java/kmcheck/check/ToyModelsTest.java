package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every small toy model through a real TLC child process, checked once for all the tests here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToyModelsTest {
    private final List<Progress> progress = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private Map<String, CheckResult> results;

    @BeforeAll
    void checkAll() throws Exception {
        ExpectedTable table = ExpectedTable.load(ToySpecs.dir());
        CheckListener listener = new CheckListener() {
            @Override
            public void started(ModelEntry model) {
                events.add("started " + model.name());
            }

            @Override
            public void progress(Progress p) {
                progress.add(p);
            }

            @Override
            public void finished(CheckResult result) {
                events.add("finished " + result.model().name());
            }
        };
        results = new ModelChecker(ToySpecs.dir(), 2, listener).checkAll(table.select(List.of(), false)).stream()
                .collect(Collectors.toMap(r -> r.model().name(), Function.identity()));
    }

    @Test
    void deepModelsAreLeftOut() {
        assertEquals(7, results.size());
        assertFalse(results.containsKey("Toy_deep"));
    }

    @Test
    void ok() {
        CheckResult r = results.get("Toy_ok");
        assertEquals(Verdict.ok(), r.actual());
        assertTrue(r.matches());
        assertEquals(16, r.distinctStates());
        assertEquals(26, r.statesGenerated());
        assertEquals(7, r.depth());
        assertEquals(0, r.cexLength());
        assertEquals(0, r.exitCode());
    }

    @Test
    void invariantViolation() {
        CheckResult r = results.get("Toy_inv");
        assertEquals(Verdict.invariant("SumInv"), r.actual());
        assertTrue(r.matches());
        assertTrue(r.distinctStates() > 0);
        assertEquals(4, r.cexLength(), "BFS finds the shortest trace: Init and three steps");
        assertEquals(12, r.exitCode());
    }

    @Test
    void deadlock() {
        CheckResult r = results.get("Toy_deadlock");
        assertEquals(Verdict.deadlock(), r.actual());
        assertTrue(r.matches());
        assertEquals(9, r.distinctStates());
        assertEquals(5, r.cexLength(), "from (0,0) to (2,2)");
        assertEquals(11, r.exitCode());
    }

    @Test
    void differentInvariantThanExpectedIsAMismatch() {
        CheckResult r = results.get("Toy_wronginv");
        assertEquals(Verdict.invariant("SumInv"), r.actual());
        assertEquals(Verdict.invariant("XInv"), r.model().expected());
        assertFalse(r.matches());
        assertTrue(r.distinctStates() > 0);
        assertEquals(4, r.cexLength());
        assertTrue(ResultTable.text(List.of(r)).contains("MISMATCH"));
    }

    @Test
    void temporalPropertyViolation() {
        CheckResult r = results.get("Toy_live");
        assertEquals(Verdict.property("XReachesMaxProp"), r.actual());
        assertTrue(r.matches());
        assertEquals(9, r.distinctStates());
        assertTrue(r.cexLength() >= 1, "a lasso of at least the initial state");
        assertEquals(13, r.exitCode());
    }

    @Test
    void configErrorIsAnErrorVerdictWithTlcsMessage() {
        CheckResult r = results.get("Toy_nosuchinv");
        assertEquals(VerdictKind.ERROR, r.actual().kind());
        assertTrue(r.actual().message().contains("NoSuchInv"), r.actual().message());
        assertFalse(r.matches());
        assertEquals(151, r.exitCode());
    }

    @Test
    void semanticErrorIsAnErrorVerdictWithSanysMessage() {
        CheckResult r = results.get("Broken_small");
        assertEquals(VerdictKind.ERROR, r.actual().kind());
        assertTrue(r.actual().message().contains("UndefinedThing"), r.actual().message());
        assertEquals(CheckResult.UNKNOWN, r.distinctStates());
        assertEquals(150, r.exitCode());
    }

    @Test
    void listenerHearsEveryModelAndTlcsProgress() {
        assertEquals(14, events.size());
        assertEquals("started Toy_ok", events.get(0));
        assertEquals("finished Toy_ok", events.get(1));
        assertTrue(progress.stream().anyMatch(p -> p.model().equals("Toy_ok") && p.distinctStates() == 16));
    }
}
