package kmcheck.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kmcheck.check.ExpectedTableException;
import org.junit.jupiter.api.Test;

/** specs/matrix.tsv is checked against the specs before TLC runs; only validated names reach a cfg. */
class MatrixPlanTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @Test
    void theProjectsMatrixIsEveryRevisionTimesEveryProperty() throws Exception {
        MatrixPlan plan = MatrixPlan.load(SPECS);
        assertEquals(16, plan.properties().size());
        assertEquals(kmcheck.check.ExpectedTable.REVISIONS.size() * 16, plan.cells().size());
        assertEquals(9, kmcheck.check.ExpectedTable.REVISIONS.size());
        assertTrue(plan.cells().stream().filter(c -> c.expected() == Cell.Expected.NOT_APPLICABLE)
                .allMatch(c -> !c.why().isEmpty() && c.base().equals("-")));
    }

    private static List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(SPECS.resolve(MatrixPlan.FILE_NAME)));
    }

    private static String problem(List<String> lines) {
        return assertThrows(ExpectedTableException.class, () -> MatrixPlan.parse(SPECS, lines)).getMessage();
    }

    @Test
    void aNameTheSpecDoesNotDefineIsRejectedWithItsLine() throws Exception {
        List<String> l = lines();
        int i = l.size() - 1;
        l.set(i, l.get(i).replace("WaitokProgressProp", "WaitokProgressProp\nINVARIANT FALSE"));
        String injected = problem(l);
        assertTrue(injected.endsWith("matrix.tsv:" + (i + 1) + ": " + kmcheck.tracefile.TlaText.printable(
                "WaitokProgressProp\nINVARIANT FALSE") + " is not defined in a module of " + SPECS), injected);
        assertEquals(1, injected.lines().count(), injected);
        l = lines();
        l.set(i, l.get(i).replace("WaitokProgressProp", "Nonsense"));
        assertTrue(problem(l).endsWith("matrix.tsv:" + (i + 1) + ": " + kmcheck.tracefile.TlaText.printable("Nonsense")
                + " is not defined in a module of " + SPECS),
                problem(l));
    }

    @Test
    void aMissingOrDuplicateCellAndABadBaseAreRejected() throws Exception {
        List<String> l = lines();
        String last = l.remove(l.size() - 1);
        assertTrue(problem(l).endsWith("no row for pool1.166 × WaitokProgressProp"), problem(l));
        l.add(last);
        l.add(last);
        assertTrue(problem(l).endsWith("pool1.166 × WaitokProgressProp is listed twice"), problem(l));
        l = lines();
        l.set(l.size() - 1, last.replace("MCPoolSlowdown_pool1166_live", "MCPoolSlowdown_km168_deep"));
        assertTrue(problem(l).endsWith("base MCPoolSlowdown_km168_deep is a deep model: minutes per cell"), problem(l));
    }

    @Test
    void aCellsCfgListsOnlyItsPropertiesAndRevision() throws Exception {
        String base = Files.readString(SPECS.resolve("MCPoolSlowdown_km168_live.cfg"));
        Set<String> defined = MatrixPlan.definitions(SPECS);
        String cfg = CellConfig.of("MCPoolSlowdown_km168_live", base, "km1.67", Cell.Check.PROPERTY,
                List.of("WaitokProgressProp"), defined);
        assertTrue(cfg.contains("    Revision = \"km1.67\"\n"), cfg);
        assertTrue(cfg.endsWith("PROPERTIES\n    WaitokProgressProp\n"), cfg);
        assertEquals(1, cfg.split("WaitokProgressProp", -1).length - 1, cfg);
        assertTrue(!cfg.contains("HeldEventuallyPublishedProp") && !cfg.contains("INVARIANT"), cfg);
        assertThrows(IllegalArgumentException.class, () -> CellConfig.of("b", base, "km1.67", Cell.Check.PROPERTY,
                List.of("TRUE\nINVARIANT FALSE"), defined));
        assertThrows(IllegalArgumentException.class, () -> CellConfig.of("b", base, "km\"1.67", Cell.Check.PROPERTY,
                List.of("WaitokProgressProp"), defined));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellConfig.of(
                "MCPoolSlowdown_km168_live", base, "km1.67", Cell.Check.INVARIANT, List.of("TypeOK"), defined));
        assertEquals("MCPoolSlowdown_km168_live has SPECIFICATION LiveSpec; a invariant cell needs a base with Spec",
                e.getMessage());
    }
}
