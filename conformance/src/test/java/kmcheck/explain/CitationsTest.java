package kmcheck.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every action of TLC's split of Next cites a kernel function, by the convention of specs/README.md. */
class CitationsTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @Test
    void everyActionOfTheSpecCitesAKernelFunction() throws Exception {
        Citations c = Citations.read(SPECS);
        Map<String, TraceValue> constants = ModelConstants.read(SPECS.resolve("MCPoolSlowdown_km168_small.cfg"));
        try (Replayer r = Replayer.load(new ReplayModel(SPECS, "MCPoolSlowdown", constants, List.of(), "Init", "Next"))) {
            assertTrue(r.actions().size() >= 19, r.actions().keySet().toString());
            for (String action : r.actions().keySet()) {
                String cited = c.of("PoolSlowdown", action);
                assertTrue(cited.matches("[a-z_/]+\\.c( [0-9./-]+)?: .+"), action + ": " + cited);
            }
        }
        assertEquals("uvm_km.c 1.38: uvm_km_getpage", c.of("PoolSlowdown", "PKmFail"));
        assertEquals("uvm.c: uvm_wait", c.of("PoolSlowdown", "TMemReturn"));
    }

    @Test
    void anActionWithoutACitationIsNamedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("M.tla"), "---- MODULE M ----\n\\* takes a step\nA == TRUE\n"
                + "\\* m.c: f -- does it\nB(x) == x\n====\n");
        Citations c = Citations.read(dir);
        assertEquals("m.c: f", c.of("M", "B"));
        ExplainInputException e = assertThrows(ExplainInputException.class, () -> c.of("M", "A"));
        assertEquals(dir.resolve("M.tla") + ":3: action A has no citation: the comment line directly above its "
                + "definition must start \\* FILE: FUNCTION -- (specs/README.md#citations)", e.getMessage());
    }
}
