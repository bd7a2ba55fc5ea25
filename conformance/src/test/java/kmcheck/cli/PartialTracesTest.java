package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kmcheck replay} on traces that log less than every variable at every step: a kernel-level
 * trace of the Java model, and a full trace with every fifth step line left out.
 */
class PartialTracesTest {

    private static Path simulate(Path dir, String revision, String level) {
        Path trace = dir.resolve(revision + "-" + level + ".ndjson");
        Cli r = Cli.run("simulate", "--specs", Cli.specs(), "--revision", revision, "--decisions", "200", "--seed", "5",
                "--controlled", "--level", level, "-o", trace.toString());
        assertEquals(0, r.exitCode(), r.err());
        return trace;
    }

    @Test
    void aKernelLevelTraceLogsNoSpecOnlyVariableAndConforms(@TempDir Path dir) throws Exception {
        Path trace = simulate(dir, "km1.68", "kernel");
        String step = Files.readAllLines(trace).get(5);
        for (String hidden : List.of("\"pc\"", "\"held\"", "\"slow\"", "\"tpc\"", "\"batch\"", "\"kmLock\"",
                "\"intrAllocs\"", "\"badIntrFail\"", "\"hoardFail\"")) {
            assertTrue(!step.contains(hidden), hidden + " in " + step);
        }
        Cli r = Cli.run("replay", "--specs", Cli.specs(), trace.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("conforms") && r.out().contains("candidate states per step"), r.out());
    }

    @Test
    void aKernelLevelTraceOfABuggyRevisionIsCaughtByTheHiddenInvariant(@TempDir Path dir) {
        // km1.66 under the greedy workload drains the reserve: badIntrFail is not logged, but every
        // behaviour of the spec that fits the logged variables sets it
        Path trace = dir.resolve("km166.ndjson");
        Cli s = Cli.run("simulate", "--specs", Cli.specs(), "--revision", "km1.66", "--decisions", "300", "--seed",
                "3", "--greedy", "12", "--maxintr", "4", "--mem", "40", "--controlled", "--level", "kernel",
                "-o", trace.toString());
        assertEquals(0, s.exitCode(), s.err());
        Cli r = Cli.run("replay", "--specs", Cli.specs(), trace.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("invariant NoBadIntrFailInv is violated"), r.out());
    }

    @Test
    void plainTlcAgreesOnAnExportedKernelLevelTrace(@TempDir Path dir) throws Exception {
        Path good = simulate(dir, "km1.68", "kernel");
        kmcheck.export.Exported e = kmcheck.export.TraceExporter.export(good, Path.of(Cli.specs()), dir.resolve("good"));
        assertTrue(e.partial());
        kmcheck.export.PlainTlc.Outcome ok = kmcheck.export.PlainTlc.check(e, java.time.Duration.ofMinutes(5));
        assertTrue(ok.ok(), ok.output());
        // one logged value off: replay and TLC both reject it
        List<String> lines = new ArrayList<>(Files.readAllLines(good));
        lines.set(20, lines.get(20).replaceFirst("\"inUse\":(\\d+)", "\"inUse\":99"));
        Path bad = dir.resolve("bad.ndjson");
        Files.write(bad, lines);
        Cli r = Cli.run("replay", "--specs", Cli.specs(), bad.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        kmcheck.export.Exported eb = kmcheck.export.TraceExporter.export(bad, Path.of(Cli.specs()), dir.resolve("bad"));
        kmcheck.export.PlainTlc.Outcome no = kmcheck.export.PlainTlc.check(eb, java.time.Duration.ofMinutes(5));
        assertTrue(!no.ok() && no.exitCode() == 0, no.output());
    }

    @Test
    void droppedStepsConformOnlyWithHiddenSteps(@TempDir Path dir) throws Exception {
        List<String> all = Files.readAllLines(simulate(dir, "km1.68", "full"));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            // line i holds step i - 1: keep the header, step 0, the last step and four of every five
            if (i < 2 || i == all.size() - 1 || (i - 1) % 5 != 0) {
                kept.add(all.get(i));
            }
        }
        Path dropped = dir.resolve("dropped.ndjson");
        Files.write(dropped, kept);
        Cli gap = Cli.run("replay", "--specs", Cli.specs(), dropped.toString());
        assertEquals(2, gap.exitCode(), gap.out() + gap.err());
        assertTrue(gap.err().contains(":7: seq 6 is not consecutive: expected 5"), gap.err());
        Cli ok = Cli.run("replay", "--specs", Cli.specs(), "--hidden-steps", "1", dropped.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        Cli tight = Cli.run("replay", "--specs", Cli.specs(), "--hidden-steps", "1", "--max-frontier", "1",
                dropped.toString());
        assertEquals(2, tight.exitCode(), tight.out() + tight.err());
        assertTrue(tight.err().contains("under-constrained at step 1"), tight.err());
    }
}
