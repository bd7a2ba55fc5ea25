package kmcheck.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelEntry;
import kmcheck.check.TlcOutputParser;
import kmcheck.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tables of specs/counterexamples are TLC's: the fast write-ups (TLC in a few seconds) here, in
 * make test; every write-up in make check ({@code kmcheck explain --all --check}).
 */
class WriteUpsTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @ParameterizedTest
    @ValueSource(strings = {"MCPoolSlowdown_km167_small", "MCPoolSlowdown_pool1160_small",
        "MCPoolSlowdown_km168_overrun", "MCPoolSlowdown_km168_mpedge"})
    void theWriteUpsTableIsWhatExplainRendersFromTlc(String name) throws Exception {
        ModelEntry model = ExpectedTable.load(SPECS).find(name).orElseThrow();
        Explainer.Explanation e = Explainer.explain(SPECS, model, TlcOutputParser.ProgressSink.NONE);
        assertTrue(e.asExpected(), name + ": TLC says " + e.outcome().verdict());
        assertEquals(WriteUps.generated(WriteUps.of(SPECS, name)), e.markdown(),
                name + ": stale table; kmcheck explain --write " + name + " regenerates it");
    }

    @Test
    void theOverrunTableNamesItsActorsActionsCitationsAndChanges() throws Exception {
        ModelEntry model = ExpectedTable.load(SPECS).find("MCPoolSlowdown_km168_overrun").orElseThrow();
        Explainer.Explanation e = Explainer.explain(SPECS, model, TlcOutputParser.ProgressSink.NONE);
        assertEquals(Verdict.invariant("NoBadIntrFailInv"), e.outcome().verdict());
        List<StepTable.Row> rows = e.table().rows();
        assertEquals(8, rows.size());
        StepTable.Row last = rows.get(7);
        assertEquals(new StepTable.Row(9, "i1", "IAlloc",
                "subr_pool.c: pool_get(PR_NOWAIT) -> pool_page_alloc -> uvm_km_getpage(FALSE)",
                List.of("badIntrFail FALSE→TRUE", "intrFails 0→1", "intrAllocs 1→2")), last);
        assertEquals("p1", rows.get(0).actor());
        assertEquals("uvm_km.c: uvm_km_getpage", rows.get(2).kernel());
    }

    @Test
    void replaceKeepsTheProseAndAFileWithoutMarkersIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("M.md");
        Files.writeString(f, "# M\n\nprose\n" + WriteUps.BEGIN + "\nold\n" + WriteUps.END + "\nmore prose\n");
        assertEquals("# M\n\nprose\n" + WriteUps.BEGIN + "\nnew\n" + WriteUps.END + "\nmore prose\n",
                WriteUps.replace(f, "new\n"));
        Files.writeString(f, "# M\n| a table |\n");
        ExplainInputException x = assertThrows(ExplainInputException.class, () -> WriteUps.generated(f));
        assertTrue(x.getMessage().startsWith(f + ":1: expected one line"), x.getMessage());
    }
}
