package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kmcheck explain} and {@code kmcheck matrix} at the command line: named failures, one-line bad input. */
class ExplainCommandTest {

    @Test
    void aTableTlcNoLongerPrintsIsStaleExitOne(@TempDir Path dir) throws Exception {
        Path specs = copyOfSpecs(dir);
        Path md = specs.resolve("counterexamples/MCPoolSlowdown_km167_small.md");
        Files.writeString(md, Files.readString(md).replace("| 4 | p1 | PKmTake |", "| 4 | p2 | PKmTake |"));
        Cli r = Cli.run("--specs", specs.toString(), "explain", "--check", "km167_small");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(md + ": STALE: generated line "), r.out());
        assertTrue(r.out().contains("kmcheck explain --write MCPoolSlowdown_km167_small regenerates it"), r.out());

        Cli w = Cli.run("--specs", specs.toString(), "explain", "--write", "km167_small");
        assertEquals(0, w.exitCode(), w.err());
        assertEquals(Files.readString(Path.of(Cli.specs(), "counterexamples/MCPoolSlowdown_km167_small.md")),
                Files.readString(md), "--write restores TLC's table and keeps the prose");
        assertEquals(0, Cli.run("--specs", specs.toString(), "explain", "--check", "km167_small").exitCode());
    }

    @Test
    void aModelExpectedOkHasNothingToExplain() {
        Cli r = Cli.run("--specs", Cli.specs(), "explain", "km168_small");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("expected.tsv:8: MCPoolSlowdown_km168_small is expected ok: TLC prints no "
                + "counterexample to explain"), r.err());
    }

    @Test
    void cellsAreNamedAndCheckedAgainstTheMatrix() {
        Cli unknown = Cli.run("--specs", Cli.specs(), "explain", "km1.68:Nonsense");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("km1.68:Nonsense: no such cell in"), unknown.err());
        Cli holds = Cli.run("--specs", Cli.specs(), "explain", "km1.68:NoBadIntrFailInv");
        assertEquals(2, holds.exitCode());
        assertTrue(holds.err().contains("km1.68 × NoBadIntrFailInv is expected ok: no counterexample"), holds.err());
        Cli na = Cli.run("--specs", Cli.specs(), "explain", "km1.38:YieldTerminatesProp");
        assertEquals(2, na.exitCode());
        assertTrue(na.err().contains("is expected n/a"), na.err());
    }

    @Test
    void badMatrixArgumentsFailBeforeTlcRuns() {
        Cli rev = Cli.run("--specs", Cli.specs(), "matrix", "--revision", "km9.99");
        assertEquals(2, rev.exitCode());
        assertTrue(rev.err().startsWith("kmcheck: --revision km9.99: unknown revision (one of km1.38"), rev.err());
        Cli out = Cli.run("--specs", Cli.specs(), "matrix", "--results", "/nonexistent/dir/m.tsv");
        assertEquals(2, out.exitCode());
        assertTrue(out.err().contains("--results /nonexistent/dir/m.tsv: no directory /nonexistent/dir"), out.err());
    }

    private static Path copyOfSpecs(Path dir) throws Exception {
        Path from = Path.of(Cli.specs());
        Path to = dir.resolve("specs");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
