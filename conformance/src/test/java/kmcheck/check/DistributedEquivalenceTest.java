package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Distributed TLC (a TLCServer and 2 local TLCWorkers) gives the verdict single-process TLC gives,
 * on models of the repository's specs/: an ok model, and failing models whose violated invariant
 * must be named exactly (distributed TLC itself names none: {@link ViolationNamer}).
 *
 * <p>Distinct states: an ok model's count is the whole reachable state space up to symmetry, so it
 * must be equal. A failing model's is not compared: each TLC stops at its first violation, and how
 * many states were found by then depends on how the work was split (plain TLC with 2 workers does
 * not repeat its own count either); see specs/README.md, "Distributed TLC".
 */
class DistributedEquivalenceTest {
    private static Path specs;
    private static ExpectedTable table;

    @BeforeAll
    static void specs() throws Exception {
        String dir = System.getProperty("kmcheck.specs");
        assumeTrue(dir != null, "kmcheck.specs is not set");
        specs = Path.of(dir);
        table = ExpectedTable.load(specs);
    }

    @Test
    void anOkModelIsOkWithTheSameDistinctStates() throws Exception {
        Pair p = both("MCPoolSlowdown_km168_small");
        assertEquals(Verdict.ok(), p.single.actual());
        assertEquals(Verdict.ok(), p.distributed.actual());
        assertEquals(p.single.distinctStates(), p.distributed.distinctStates(), "distinct states");
        assertEquals(6697, p.distributed.distinctStates(), "the count specs/README.md gives");
    }

    @Test
    void aFailingModelFailsOnTheSameNamedInvariant() throws Exception {
        Pair p = both("MCPoolSlowdown_km168_overrun");
        assertEquals(Verdict.invariant("NoBadIntrFailInv"), p.single.actual());
        assertEquals(Verdict.invariant("NoBadIntrFailInv"), p.distributed.actual());
        assertTrue(p.distributed.distinctStates() > 0, "the server reports what it found before the stop");
    }

    @Test
    void anotherInvariantIsNamedAsItself() throws Exception {
        // a different invariant than above: the name comes from the violating state, not from the model
        Pair p = both("MCPoolSlowdown_km167_small");
        assertEquals(Verdict.invariant("NoSleepWhileHoldingInv"), p.single.actual());
        assertEquals(Verdict.invariant("NoSleepWhileHoldingInv"), p.distributed.actual());
    }

    private record Pair(CheckResult single, CheckResult distributed) {
    }

    private static Pair both(String name) throws Exception {
        ModelEntry model = table.find(name).orElseThrow();
        CheckResult single = new ModelChecker(specs, 2, CheckListener.NONE).check(model);
        CheckResult distributed = new ModelChecker(specs,
                new DistributedTlc(2, 1, 0, null, line -> fail("no worker command with local workers: " + line)),
                CheckListener.NONE).check(model);
        System.out.print(ResultTable.text(List.of(single, distributed)));
        assertTrue(single.matches(), "single-process: " + single.actual());
        assertTrue(distributed.matches(), "distributed: " + distributed.actual());
        return new Pair(single, distributed);
    }
}
