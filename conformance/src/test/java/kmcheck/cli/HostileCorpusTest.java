package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kmcheck.export.Exported;
import kmcheck.export.PlainTlc;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus (src/test/resources/hostile/, one row of cases.tsv per trace): every
 * trace is replayed and exported through the CLI; replay's exit code must be the one the table
 * names and its report must contain the table's words; a bad-input trace must be bad input for
 * export too, and for every trace replay accepts or rejects as a behaviour, plain TLC on the
 * export must agree. Inputs too big to store (and non-files) are made here.
 */
class HostileCorpusTest {
    @TempDir
    static Path tmp;

    record Case(Path trace, int expected, String words, String why) {
    }

    static List<Case> corpus() throws IOException {
        Path dir = Cli.resource("hostile/cases.tsv").getParent();
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Case(dir.resolve(f[0]), Integer.parseInt(f[1]), f[2], f[3]));
        }
        return out;
    }

    @Test
    void theCorpusCoversEnoughCases() throws IOException {
        assertTrue(corpus().size() >= 40, "the corpus has " + corpus().size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> replayGivesTheExpectedExitCodeAndReport() throws IOException {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.trace().getFileName() + " (" + c.why() + ")",
                () -> assertReplay(c.trace().toString(), c.expected(), c.words())));
    }

    @TestFactory
    Stream<DynamicTest> exportAgreesWithReplay() throws IOException {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.trace().getFileName().toString(),
                () -> assertExportAgrees(c)));
    }

    @Test
    void aLineLongerThanTheCapIsBadInputNotAnOutOfMemoryError() throws IOException {
        Path f = tmp.resolve("huge-line.ndjson");
        List<String> lines = Files.readAllLines(Cli.resource("hostile/ok-good.ndjson"));
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(lines.get(0) + "\n" + lines.get(1) + "\n");
            // a 200 MB string value: the line cap stops it long before jackson or the heap would
            w.write("{\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"PStart\",\"state\":{\"kmFree\":\"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 200; i++) {
                w.write(chunk);
            }
            w.write("\"}}\n");
        }
        assertReplay(f.toString(), 2, f + ":3: line longer than 16777216 characters");
    }

    @Test
    void deepNestingIsBadInput() throws IOException {
        Path f = tmp.resolve("deep.ndjson");
        List<String> lines = Files.readAllLines(Cli.resource("hostile/ok-good.ndjson"));
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        Files.writeString(f, lines.get(0) + "\n" + lines.get(1).replace("\"kmFree\":4", "\"kmFree\":" + deep) + "\n");
        assertReplay(f.toString(), 2, f + ":2: malformed JSON");
    }

    @Test
    void aDirectoryIsBadInput() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("a-dir.ndjson"));
        assertReplay(d.toString(), 2, "is a directory");
    }

    @Test
    void aFifoIsBadInput() throws Exception {
        Path fifo = tmp.resolve("fifo.ndjson");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        assertReplay(fifo.toString(), 2, "cannot read it");
    }

    @Test
    void aDeviceIsBadInput() {
        assertReplay("/dev/zero", 2, "/dev/zero: cannot read it");
    }

    @Test
    void aDanglingSymlinkIsBadInput() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("dangling.ndjson"), tmp.resolve("nowhere"));
        assertReplay(link.toString(), 2, "no such file");
    }

    @Test
    void everyTraceOfAMixedRunIsReportedAndTheWorstCodeWins() {
        Cli r = Cli.run("--specs", Cli.specs(), "replay", hostile("ok-good.ndjson"), hostile("json-bom.ndjson"),
                hostile("actor-unknown.ndjson"), hostile("ok-crlf.ndjson"));
        assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().strip().endsWith("2 of 4 traces conform"), r.out());
        assertTrue(r.out().contains("actor-unknown.ndjson: DIVERGES at step 1"), r.out());
        assertEquals(1, r.errLines(), r.err());
    }

    private static String hostile(String name) {
        return Cli.resource("hostile/" + name).toString();
    }

    private static void assertReplay(String trace, int expected, String words) {
        Cli r = Cli.run("--specs", Cli.specs(), "replay", trace);
        String all = r.out() + r.err();
        assertEquals(expected, r.exitCode(), all);
        assertTrue(all.contains(words), "expected \"" + words + "\" in:\n" + all);
        assertFalse(all.contains("\tat "), "a stack trace:\n" + all);
        if (expected >= ExitCode.BAD_INPUT) {
            assertEquals(1, r.errLines(), "one line on stderr:\n" + r.err());
            assertTrue(r.err().startsWith("kmcheck: "), r.err());
        }
    }

    private static void assertExportAgrees(Case c) throws Exception {
        Path out = Files.createTempDirectory(tmp, "export");
        Cli r = Cli.run("--specs", Cli.specs(), "export", c.trace().toString(), "-o", out.toString());
        if (c.expected() == ExitCode.BAD_INPUT) {
            assertEquals(ExitCode.BAD_INPUT, r.exitCode(), "export of bad input: " + r.out() + r.err());
            assertEquals(1, r.errLines(), r.err());
            return;
        }
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        String name = "Trace_" + c.trace().getFileName().toString().replaceFirst("\\..*", "").replaceAll("[^A-Za-z0-9_]", "_");
        Exported e = new Exported(out.resolve(name + ".tla"), out.resolve(name + ".cfg"), 0);
        PlainTlc.Outcome v = PlainTlc.check(e, Duration.ofSeconds(120));
        assertEquals(c.expected() == ExitCode.OK, v.ok(), "plain TLC on the export of " + c.trace() + ": " + v);
    }
}
