package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top command: usage errors, --version, --help. */
class KmcheckTest {

    @Test
    void unknownSubcommandExitsTwoWithOneLine() {
        Cli r = Cli.run("chek");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().startsWith("kmcheck: unknown subcommand 'chek'; did you mean check?"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionExitsTwoWithOneLine() {
        Cli r = Cli.run("replay", "--frob", Cli.trace("km168-good.ndjson"));
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().startsWith("kmcheck: ") && r.err().contains("'--frob'"), r.err());
        assertTrue(r.err().contains("'kmcheck replay --help'"), r.err());
    }

    @Test
    void noSubcommandIsAUsageError() {
        Cli r = Cli.run();
        assertEquals(2, r.exitCode());
        assertEquals("kmcheck: missing subcommand: one of check, simulate, replay, export, campaign, history, plot,"
                + " explain, matrix, report"
                + " (see 'kmcheck --help')", r.err().strip());
    }

    @Test
    void badOptionValueExitsTwo() {
        Cli r = Cli.run("check", "--workers", "many");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s)kmcheck \\d+\\.\\d+\\.\\d+.*"), r.out());
        assertTrue(r.out().contains("TLC Version 2.18"), r.out());
    }

    @Test
    void historyReadsMakeChecksResultsByDefaultAndSaysSoWhenThereAreNone() {
        Cli r = Cli.run("--specs", Cli.specs(), "history");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("kmcheck: check results " + java.nio.file.Path.of("out", "check.tsv") + ": no such file",
                r.err().strip());
    }

    @Test
    void helpOfEachSubcommandHasAnExampleAndTheExitCodes() {
        for (String sub : new String[] {"check", "replay", "plot"}) {
            Cli r = Cli.run(sub, "--help");
            assertEquals(0, r.exitCode(), sub);
            assertTrue(r.out().contains("kmcheck " + sub + " "), r.out());
            assertTrue(r.out().contains("Example"), r.out());
            assertTrue(r.out().contains("Exit codes:") && r.out().contains("3   internal error"), r.out());
            assertTrue(r.out().contains("--specs=DIR") && r.out().contains("--debug"), r.out());
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli r = Cli.run("--debug", "replay", "no-such-trace.ndjson");
        assertEquals(2, r.exitCode());
        assertTrue(r.errLines() > 1, r.err());
        assertTrue(r.err().contains("at kmcheck.cli."), r.err());
    }
}
