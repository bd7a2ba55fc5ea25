package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kmcheck.export.Exported;
import kmcheck.export.PlainTlc;
import kmcheck.export.TraceExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kmcheck processes started together on one machine never interfere, and leave nothing behind:
 * each works in its own scratch directory (kmcheck.scratch.Scratch), removed on exit, on SIGTERM,
 * and, after a kill -9, by the next run. All processes share one temp dir here, the test's, so
 * that what is left can be counted.
 */
class ConcurrentRunsTest {
    @TempDir
    Path tmp;

    @Test
    void sixteenReplaysAndAPlainTlcRunTogetherAllSucceedAndLeaveNothing() throws Exception {
        Path trace = Cli.resource("hostile/ok-good.ndjson");
        Path exportDir = tmp.resolve("export");
        Exported e = TraceExporter.export(trace, Path.of(Cli.specs()), exportDir);
        Path tmpdir = Files.createDirectories(tmp.resolve("tmp"));
        List<Process> replays = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            replays.add(kmcheck(tmpdir, "replay", trace.toString()).start());
        }
        PlainTlc.Outcome tlc = PlainTlc.check(e, Duration.ofSeconds(300));
        for (int i = 0; i < replays.size(); i++) {
            Process p = replays.get(i);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "replay " + i + " did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), "replay " + i + ": " + out);
            assertTrue(out.contains("conforms (14 steps)"), out);
        }
        assertTrue(tlc.ok(), tlc.toString());
        assertEquals(List.of(), leftovers(tmpdir));
    }

    @Test
    void sigtermRemovesTheScratchDirectory() throws Exception {
        Path tmpdir = Files.createDirectories(tmp.resolve("term"));
        Process p = longCampaign(tmpdir);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), leftovers(tmpdir));
    }

    @Test
    void theNextRunRemovesWhatAKilledRunLeft() throws Exception {
        Path tmpdir = Files.createDirectories(tmp.resolve("kill"));
        Process p = longCampaign(tmpdir);
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, leftovers(tmpdir).size(), "kill -9 leaves the directory");
        Process next = kmcheck(tmpdir, "replay", Cli.resource("hostile/ok-good.ndjson").toString()).start();
        assertTrue(next.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue());
        assertEquals(List.of(), leftovers(tmpdir));
    }

    /** A campaign that runs far longer than the test, once its first replayer has its scratch dir. */
    private Process longCampaign(Path tmpdir) throws Exception {
        Process p = kmcheck(tmpdir, "campaign", "--tries", "100000", "-o", tmp.resolve("c").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitScratch(tmpdir, p);
        return p;
    }

    private static void awaitScratch(Path tmpdir, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (leftovers(tmpdir).isEmpty() || !hasReplayDir(tmpdir)) {
            if (!p.isAlive()) {
                throw new AssertionError("kmcheck exited early with " + p.exitValue());
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new AssertionError("no scratch directory appeared");
            }
            Thread.sleep(100);
        }
    }

    private static boolean hasReplayDir(Path tmpdir) throws IOException {
        for (Path root : leftovers(tmpdir)) {
            try (Stream<Path> s = Files.list(root)) {
                if (s.findAny().isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> leftovers(Path tmpdir) throws IOException {
        try (Stream<Path> s = Files.list(tmpdir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("kmcheck-")).toList();
        }
    }

    /** kmcheck in a JVM of its own, on the test class path, with {@code tmpdir} as its temp dir. */
    private static ProcessBuilder kmcheck(Path tmpdir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmpdir,
                "-cp", System.getProperty("java.class.path"), Kmcheck.class.getName(), "--specs", Cli.specs()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE)
                .directory(new File("."));
    }
}
