package kmcheck.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The peeling on a real row: pool1.160's invariants, three TLC runs (about 25 s). */
class MatrixRunnerTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @Test
    void pool1160sInvariantsFailOneAtATimeAndTheRestHold() throws Exception {
        MatrixPlan safety = MatrixPlan.load(SPECS)
                .where(c -> c.revision().equals("pool1.160") && c.check() == Cell.Check.INVARIANT);
        List<String> log = new ArrayList<>();
        List<CellResult> results = new MatrixRunner(SPECS, 1, java.util.Set.of(), log::add).run(safety);
        Map<String, String> byProperty = results.stream().collect(Collectors.toMap(r -> r.cell().property(),
                r -> r.outcome().word() + (r.cexLength() > 0 ? " " + r.cexLength() : "")));
        assertEquals("fails 5", byProperty.get("NoYieldWhileHoldingInv"));
        assertEquals("fails 44", byProperty.get("NoHoardingStarvationInv"));
        assertEquals("n/a", byProperty.get("NoKmMutexRecursionInv"));
        assertEquals(List.of("ok"), results.stream().filter(r -> r.cell().expected() == Cell.Expected.OK)
                .map(r -> r.outcome().word()).distinct().toList());
        assertEquals(3, log.size(), log.toString());
        assertEquals(12, results.size());
        results.forEach(r -> assertEquals(true, r.asExpected(), r.toString()));
    }

    @Test
    void aLivenessGroupThatIsACheckedModelTakesItsVerdictWithoutTlc() throws Exception {
        MatrixPlan live = MatrixPlan.load(SPECS)
                .where(c -> c.revision().equals("km1.68") && c.check() == Cell.Check.PROPERTY);
        List<String> log = new ArrayList<>();
        List<CellResult> results = new MatrixRunner(SPECS, 1, java.util.Set.of("MCPoolSlowdown_km168_live"), log::add)
                .run(live);
        assertEquals(List.of("km1.68, 4 properties: ok, kmcheck check's verdict on MCPoolSlowdown_km168_live, the same model"),
                log);
        assertEquals(4, results.size());
        results.forEach(r -> assertEquals("ok kmcheck check: MCPoolSlowdown_km168_live",
                r.outcome().word() + " " + r.message()));
    }
}
