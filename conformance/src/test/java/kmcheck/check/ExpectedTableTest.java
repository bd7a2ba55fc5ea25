package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedTableTest {
    @TempDir
    Path specs;

    @BeforeEach
    void models() throws IOException {
        cfg("MCPoolSlowdown_km168_small", "CONSTANTS\n  Revision = \"km1.68\"\n  N = 2\nSPECIFICATION Spec\n");
        cfg("MCPoolSlowdown_km168_deep", "CONSTANT Revision = \"km1.68\" N = 3\n");
        cfg("MCKmReserve_km167_deadlock", "\\* hoarding\nCONSTANTS N = 2 Revision = \"km1.67\"\n");
        cfg("MCKmReserve_km199_small", "CONSTANT Revision = \"km1.99\"\n");
        cfg("MCKmReserve_norev_small", "CONSTANT N = 2\n");
    }

    private void cfg(String model, String text) throws IOException {
        Files.writeString(specs.resolve(model + ".cfg"), text);
    }

    private ExpectedTable parse(String... lines) throws ExpectedTableException {
        return ExpectedTable.parse(specs, String.join("\n", lines) + "\n");
    }

    private ExpectedTableException failure(String... lines) {
        return assertThrows(ExpectedTableException.class, () -> parse(lines));
    }

    @Test
    void readsRowsSkippingHeaderCommentsAndBlankLines() throws Exception {
        ExpectedTable table = parse(
                "model\texpected\tproperty\twhat it shows",
                "# the fixed revision",
                "MCPoolSlowdown_km168_small\tok\t-\tthe fix holds",
                "",
                "MCKmReserve_km167_deadlock\tdeadlock\t-\thoarding",
                "MCPoolSlowdown_km168_deep\tinvariant\tNoYieldWhileHoldingInv\tdeeper");
        List<ModelEntry> models = table.models();
        assertEquals(3, models.size());
        ModelEntry first = models.get(0);
        assertEquals("MCPoolSlowdown_km168_small", first.name());
        assertEquals("MCPoolSlowdown", first.module());
        assertEquals("km1.68", first.revision());
        assertEquals(Verdict.ok(), first.expected());
        assertEquals(3, first.line());
        assertFalse(first.deep());
        assertEquals("km1.67", models.get(1).revision());
        assertFalse(models.get(1).deep(), "a size word other than deep counts as small");
        assertTrue(models.get(2).deep());
        assertEquals(Verdict.invariant("NoYieldWhileHoldingInv"), models.get(2).expected());
    }

    @Test
    void selectsSmallModelsByDefaultAndNamedOnesAsGiven() throws Exception {
        ExpectedTable table = parse(
                "MCPoolSlowdown_km168_small\tok\t-\tx",
                "MCPoolSlowdown_km168_deep\tok\t-\tx");
        assertEquals(List.of("MCPoolSlowdown_km168_small"), names(table.select(List.of(), false)));
        assertEquals(2, table.select(List.of(), true).size());
        assertEquals(List.of("MCPoolSlowdown_km168_deep"), names(table.select(List.of("MCPoolSlowdown_km168_deep"), false)));
        UnknownModelException e = assertThrows(UnknownModelException.class, () -> table.select(List.of("Nope"), false));
        assertEquals("Nope", e.model());
        assertTrue(e.getMessage().contains("'Nope'"), e.getMessage());
    }

    private static List<String> names(List<ModelEntry> models) {
        return models.stream().map(ModelEntry::name).toList();
    }

    @Test
    void wrongColumnCountNamesItsLine() {
        ExpectedTableException e = failure(
                "# comment",
                "MCPoolSlowdown_km168_small\tok\t-\tfine",
                "MCKmReserve_km167_deadlock\tdeadlock\t-");
        assertEquals(3, e.line());
        assertEquals(specs.resolve("expected.tsv") + ":3: " + e.problem(), e.getMessage());
        assertTrue(e.problem().contains("found 3"), e.problem());
    }

    @Test
    void unknownExpectedValue() {
        ExpectedTableException e = failure("", "MCPoolSlowdown_km168_small\terror\t-\tx");
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("unknown expected value 'error'"), e.problem());
    }

    @Test
    void missingCfgFile() {
        ExpectedTableException e = failure("MCPoolSlowdown_km168_small\tok\t-\tx", "MCNothing_small\tok\t-\tx");
        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("missing model file"), e.problem());
    }

    @Test
    void unknownRevision() {
        ExpectedTableException e = failure("MCKmReserve_km199_small\tok\t-\tx");
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("'km1.99'"), e.problem());
        assertTrue(e.problem().contains("km1.38 km1.66 km1.67 km1.68 km1.77 km1.79 km1.84 pool1.160 pool1.166"), e.problem());
    }

    @Test
    void missingRevision() {
        assertEquals(1, failure("MCKmReserve_norev_small\tok\t-\tx").line());
    }

    @Test
    void duplicateModel() {
        ExpectedTableException e = failure(
                "MCPoolSlowdown_km168_small\tok\t-\tx",
                "# again",
                "MCPoolSlowdown_km168_small\tdeadlock\t-\ty");
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("first listed on line 1"), e.problem());
    }

    @Test
    void propertyColumnMustFitTheExpectedKind() {
        assertEquals(1, failure("MCPoolSlowdown_km168_small\tinvariant\t-\tx").line());
        assertEquals(1, failure("MCPoolSlowdown_km168_small\tok\tTypeOK\tx").line());
    }

    @Test
    void headerOnlyCountsAsFirstContentLine() {
        assertEquals(2, failure("MCPoolSlowdown_km168_small\tok\t-\tx", "model\texpected\tproperty\twhat").line());
    }

    @Test
    void missingFileIsOneLine() {
        ExpectedTableException e = assertThrows(ExpectedTableException.class,
                () -> ExpectedTable.load(specs.resolve("nowhere")));
        assertEquals(0, e.line());
        assertFalse(e.getMessage().contains("\n"));
    }
}
