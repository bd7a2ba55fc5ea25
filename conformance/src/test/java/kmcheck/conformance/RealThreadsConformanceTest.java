package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import kmcheck.config.Constants;
import kmcheck.replay.ReplayReport;
import kmcheck.trace.TraceWriter;
import kmcheck.workload.RunResult;
import kmcheck.workload.Workload;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounded stress runs of the Java model on real JVM threads, traced, every trace replayed
 * against specs/ with TLC: the correct revisions conform; the getpg2 sleep of 1.67 and the
 * early yield of 1.160 are caught on real threads too, by the invariant their history breaks.
 */
class RealThreadsConformanceTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on real threads, seed {1}")
    @CsvSource({"km1.68, 1", "km1.68, 2", "km1.84, 1", "km1.84, 2", "pool1.166, 1", "pool1.166, 2"})
    void correctRevisionConforms(String revision, long seed) throws Exception {
        ReplayReport report = stress(revision, seed);
        assertTrue(report.conforms(), report::render);
    }

    @ParameterizedTest(name = "{0} on real threads breaks {1}")
    @CsvSource({"km1.67, NoSleepWhileHoldingInv", "pool1.160, NoYieldWhileHoldingInv"})
    void buggyRevisionCaught(String revision, String invariant) throws Exception {
        ReplayReport report = stress(revision, 1);
        assertFalse(report.conforms(), revision + " was not caught in " + report.stepsRead() + " steps");
        assertEquals(Optional.of(invariant), report.divergence().orElseThrow().violatedInvariant(),
                report::render);
    }

    private ReplayReport stress(String revision, long seed) throws Exception {
        Path trace = dir.resolve(revision + "-" + seed + ".ndjson");
        Constants k = Constants.defaults().revision(revision).build();
        RunResult result;
        try (TraceWriter w = TraceWriter.toFile(trace)) {
            result = Workload.of(k).trace(w).real(seed, Duration.ofMillis(500));
        }
        assertTrue(result.failures().isEmpty(), () -> "the run failed: " + result.failures());
        assertTrue(result.steps() > 50, () -> "only " + result.steps() + " steps in 500 ms");
        assertTrue(Files.size(trace) > 0);
        return Conformance.replay(trace);
    }
}
