package kmcheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kmcheck.bench.TraceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported text, without running TLC (ExportDifferentialTest runs it). */
class TraceExporterTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @TempDir
    Path dir;

    @Test
    void actionsAreTlcsSplitOfNextWithTheirActors() throws Exception {
        Path trace = TraceFiles.controlled(dir.resolve("run-0.ndjson"), "km1.68", 3, 10);
        kmcheck.replay.ReplayModel model;
        try (kmcheck.tracefile.TraceReader r = kmcheck.tracefile.TraceReader.open(trace)) {
            model = new kmcheck.replay.ReplayModels(SPECS).forHeader(r.header());
        }
        try (kmcheck.replay.Replayer replayer = kmcheck.replay.Replayer.load(model)) {
            Map<String, List<String>> a = replayer.actions();
            assertEquals(List.of("p1", "p2"), a.get("PStart"));
            assertEquals(List.of("i1"), a.get("IAlloc"));
            assertEquals(List.of(), a.get("TTop"));
            assertEquals("km", replayer.threadActor());
            assertFalse(a.containsKey("ProcStep"), a.toString());
            assertFalse(a.containsKey("ThreadStep"), a.toString());
            assertEquals(kmcheck.trace.SpecAction.values().length - 1, a.size(), a.toString()); // all but Init
        }
    }

    @Test
    void modelValuesAreConstantsBoundInTheCfg() throws Exception {
        Path trace = TraceFiles.controlled(dir.resolve("run-1.ndjson"), "km1.68", 3, 10);
        Exported e = TraceExporter.export(trace, SPECS, dir.resolve("out"));
        assertEquals("Trace_run_1", e.moduleName());
        String tla = Files.readString(e.moduleFile(), StandardCharsets.UTF_8);
        String cfg = Files.readString(e.cfgFile(), StandardCharsets.UTF_8);
        assertTrue(tla.contains("EXTENDS MCPoolSlowdown, Integers, Sequences, TLC"), tla);
        assertTrue(tla.contains("CONSTANTS MV_i1, MV_p1, MV_p2"), tla);
        assertTrue(tla.contains("pc |-> (MV_p1 :> \"idle\" @@ MV_p2 :> \"idle\")"), tla);
        assertTrue(tla.contains(TraceExporter.PROPERTY + " == <>(ti = Len(TraceStates))"), tla);
        assertTrue(cfg.contains("Procs = {p1, p2}"), cfg);
        assertTrue(cfg.contains("MV_p1 = p1"), cfg);
        assertTrue(cfg.contains("CHECK_DEADLOCK FALSE"), cfg);
        assertTrue(cfg.contains("    NoHoardDeadlockInv\n"), cfg);
        assertTrue(Files.isRegularFile(e.dir().resolve("PoolSlowdown.tla")));
        assertEquals(Files.readString(SPECS.resolve("KmReserve.tla")), Files.readString(e.dir().resolve("KmReserve.tla")));
    }
}
