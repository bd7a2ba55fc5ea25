package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kmcheck check} on kmcheck.check's toy models (seconds each), never on the real suite. */
class CheckCommandTest {
    private static final String TOY = Cli.resource("check/toy/expected.tsv").getParent().toString();

    private static Cli check(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "check";
        all[1] = "--specs";
        all[2] = TOY;
        all[3] = "--workers";
        all[4] = "1";
        System.arraycopy(args, 0, all, 5, args.length);
        return Cli.run(all);
    }

    @Test
    void expectedVerdictsExitZero() {
        Cli r = check("Toy_ok", "Toy_inv");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("model "), r.out());
        assertTrue(r.out().contains("invariant SumInv"), r.out());
        // not a terminal: progress line by line
        assertTrue(r.err().contains("Toy_ok: running TLC\n"), r.err());
        assertTrue(r.err().contains("Toy_inv: invariant SumInv (OK)"), r.err());
    }

    @Test
    void aMismatchExitsOneAndIsExplained() {
        Cli r = check("--markdown", "Toy_wronginv");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("| model |"), r.out());
        assertTrue(r.out().contains("MISMATCH Toy_wronginv: expected invariant XInv, TLC says invariant SumInv"),
                r.out());
    }

    @Test
    void anUnknownModelExitsTwo() {
        Cli r = check("Toy_nope");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().startsWith("kmcheck: unknown model 'Toy_nope'"), r.err());
    }

    @Test
    void aModelMayBeNamedAsTheTablesPrintIt() {
        Cli r = check("ok");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Toy_ok"), r.out());
    }

    @Test
    void anUnknownModelSuggestsTheNamesThatComeClose() {
        Cli r = check("Toy_o");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("did you mean Toy_ok"), r.err());
    }

    @Test
    void aResultsFileInAMissingDirectoryFailsBeforeTlcRuns(@TempDir Path dir) {
        Path results = dir.resolve("no/such/results.tsv");
        Cli r = check("Toy_ok", "--results", results.toString());
        assertEquals(2, r.exitCode());
        assertEquals("kmcheck: --results " + results + ": no directory " + results.getParent(), r.err().strip());
        assertEquals("", r.out(), "no TLC ran, so no table");
    }

    @Test
    void zeroWorkersIsAUsageError() {
        Cli r = Cli.run("check", "--workers", "0", "Toy_ok");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--workers must be at least 1"), r.err());
    }

    @Test
    void aSpecsDirectoryWithoutExpectedTsvExitsTwo() {
        Cli r = Cli.run("check", "--specs", "no-such-dir");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("expected.tsv: cannot read"), r.err());
    }

    @Test
    void aBadTableLineExitsTwoWithFileAndLine(@TempDir Path specs) throws IOException {
        Files.writeString(specs.resolve("expected.tsv"), "# models\nX_small\tmaybe\t-\tx\n");
        Files.writeString(specs.resolve("X_small.cfg"), "CONSTANT Revision = \"km1.38\"\n");
        Cli r = Cli.run("check", "--specs", specs.toString());
        assertEquals(2, r.exitCode());
        assertEquals("kmcheck: " + specs.resolve("expected.tsv") + ":2: unknown expected value 'maybe' "
                + "(one of ok, invariant, property, deadlock)", r.err().strip());
    }

    @Test
    void distributedTlcGivesTheSameVerdictsAndNamesTheInvariant() {
        // TLCServer + 2 local TLCWorkers; Toy_wronginv: the namer must say SumInv (TLC's first), not XInv
        Cli r = check("--distributed", "Toy_ok", "Toy_inv", "Toy_deadlock", "Toy_wronginv", "Toy_nosuchinv");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s).*Toy_inv +\\S+ +invariant SumInv +invariant SumInv .* OK\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*Toy_deadlock +\\S+ +deadlock +deadlock .* OK\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*Toy_ok +\\S+ +ok +ok .* OK\n.*"), r.out());
        assertTrue(r.out().contains("MISMATCH Toy_wronginv: expected invariant XInv, TLC says invariant SumInv"), r.out());
        assertTrue(r.out().contains("MISMATCH Toy_nosuchinv: expected ok, TLC says error"), r.out());
        assertTrue(r.err().contains("Toy_inv: invariant SumInv (OK)"), r.err());
    }

    @Test
    void distributedRefusesAModelWithAProperty() {
        Cli r = check("--distributed", "Toy_live");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().startsWith("kmcheck: " + TOY + "/Toy_live.cfg: distributed TLC checks no temporal property"),
                r.err());
    }

    @Test
    void distributedOptionsAreChecked() {
        assertEquals(2, check("--local-workers", "3", "Toy_ok").exitCode(), "without --distributed");
        Cli noHost = check("--distributed", "--local-workers", "0", "Toy_ok");
        assertEquals(2, noHost.exitCode());
        assertTrue(noHost.err().contains("--local-workers 0 needs --host"), noHost.err());
        Cli badHost = check("--distributed", "--host", "h -Devil=1", "Toy_ok");
        assertEquals(2, badHost.exitCode());
        assertTrue(badHost.err().contains("is not a host name or address"), badHost.err());
        assertEquals(2, check("--distributed", "--port", "70000", "Toy_ok").exitCode());
    }
}
