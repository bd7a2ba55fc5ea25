package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate, replay, export, campaign and history, end to end on the real specs/. */
class RunCommandsTest {

    @Test
    void simulateIntoAMissingDirectoryIsBadInputAndCreatesNothing(@TempDir Path dir) {
        Path trace = dir.resolve("no/such/dir/t.ndjson");
        Cli sim = Cli.run("simulate", "--revision", "km1.68", "--decisions", "5", "--controlled", "-o", trace.toString());
        assertEquals(2, sim.exitCode(), sim.err());
        assertEquals("kmcheck: -o " + trace + ": no directory " + trace.getParent(), sim.err().strip());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("no")));
    }

    @Test
    void simulateToStdoutPipesIntoReplayFromStdin() throws Exception {
        Cli sim = Cli.run("simulate", "--revision", "km1.68", "--decisions", "40", "--controlled", "-o", "-");
        assertEquals(0, sim.exitCode(), sim.err());
        assertTrue(sim.out().startsWith("{\"kind\":\"header\""), sim.out());
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(sim.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Cli replay = Cli.run("--specs", Cli.specs(), "replay", "-");
            assertEquals(0, replay.exitCode(), replay.out() + replay.err());
            assertTrue(replay.out().startsWith("<stdin>: conforms"), replay.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aSimulatedControlledRunConformsAndExports(@TempDir Path dir) throws IOException {
        Path trace = java.nio.file.Files.createDirectories(dir.resolve("runs")).resolve("km168.ndjson");
        Cli sim = Cli.run("--specs", Cli.specs(), "simulate", "--revision", "km1.68", "--decisions", "80",
                "--seed", "5", "--controlled", "-o", trace.toString());
        assertEquals(0, sim.exitCode(), sim.err());
        assertTrue(sim.out().startsWith("km1.68: "), sim.out());
        Cli replay = Cli.run("--specs", Cli.specs(), "replay", trace.toString());
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        Cli export = Cli.run("--specs", Cli.specs(), "export", trace.toString(), "-o", dir.resolve("tla").toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.exists(dir.resolve("tla/Trace_km168.tla")), export.out());
    }

    @Test
    void theSameSeedGivesTheSameTrace(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"a", "b"}) {
            Cli.run("--specs", Cli.specs(), "simulate", "--revision", "pool1.160", "--decisions", "60", "--seed", "9",
                    "--greedy", "5", "--controlled", "-o", dir.resolve(name).toString());
        }
        assertEquals(Files.readString(dir.resolve("a")), Files.readString(dir.resolve("b")));
    }

    @Test
    void simulateRejectsBadParametersWithTheirName(@TempDir Path dir) {
        Cli r = Cli.run("simulate", "--revision", "km1.99", "--decisions", "5", "--controlled", "-o",
                dir.resolve("t").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("kmcheck: Revision: unknown revision id \"km1.99\""), r.err());
        Cli low = Cli.run("simulate", "--revision", "km1.68", "--lowat", "9", "--decisions", "5", "--controlled", "-o",
                dir.resolve("t").toString());
        assertEquals(2, low.exitCode());
        assertTrue(low.err().contains("LOWAT") || low.err().toLowerCase().contains("lowat"), low.err());
        Cli mixed = Cli.run("simulate", "--revision", "km1.68", "--duration", "1s", "--controlled", "-o",
                dir.resolve("t").toString());
        assertEquals(2, mixed.exitCode());
    }

    @Test
    void aCampaignCatchesABuggyRevisionAndHistoryShowsIt(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("--specs", Cli.specs(), "campaign", "--revision", "km1.67", "--tries", "5", "-o", dir.toString());
        assertEquals(0, c.exitCode(), c.out() + c.err());
        assertTrue(c.out().startsWith("km1.67: NoSleepWhileHoldingInv after "), c.out());
        assertTrue(Files.exists(dir.resolve("traces/km1.67-witness.ndjson")));
        Path check = dir.resolve("check.tsv");
        Files.writeString(check, "model\trevision\texpected\tactual\tdistinct states\tdepth\tseconds\tcex length\tresult\n"
                + "MCPoolSlowdown_km167_small\tkm1.67\tinvariant NoSleepWhileHoldingInv\tinvariant NoSleepWhileHoldingInv"
                + "\t19\t5\t1.6\t4\tOK\n");
        Cli h = Cli.run("--specs", Cli.specs(), "history", "--check", check.toString(),
                "--campaign", dir.resolve("campaign.tsv").toString());
        assertEquals(0, h.exitCode(), h.err());
        String km167 = h.out().lines().filter(l -> l.startsWith("km1.67 ")).findFirst().orElseThrow();
        assertTrue(km167.contains("✗4") && km167.contains("caught: run 1"), km167);
        Cli missing = Cli.run("--specs", Cli.specs(), "history", "--check", dir.resolve("nope.tsv").toString());
        assertEquals(2, missing.exitCode());
    }

    /** Preempted between its choice and its pool operation, a process of a correct revision still conforms. */
    @Test
    void aCampaignWithStaleGuardsConforms(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("--specs", Cli.specs(), "campaign", "--stale-guards", "--constants", "km184_small",
                "--revision", "km1.84", "--tries", "30", "-o", dir.toString());
        assertEquals(0, c.exitCode(), c.out() + c.err());
        assertTrue(c.out().startsWith("km1.84: conforms (30 runs)"), c.out());
        // how the runs were made is part of the results, spelled as the command line spells it
        assertTrue(Files.readAllLines(dir.resolve("campaign.tsv")).get(1)
                .endsWith("\t1\t1/1\t30\trandom\tfull\tMCPoolSlowdown_km184_small\ttrue"), c.out());
    }

    /** A covering campaign says how many transitions its runs were sent to and did not take. */
    @Test
    void aCoveringCampaignCountsWhatItCouldNotReach(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("--specs", Cli.specs(), "campaign", "--cover", "--revision", "km1.68", "--tries", "20",
                "-o", dir.toString());
        assertEquals(0, c.exitCode(), c.out() + c.err());
        assertTrue(c.out().matches("(?s)km1.68: conforms \\(20 runs\\)\n  spec coverage: .*; given up: \\d+ "
                + "transitions \\(each missed by 2 covering runs\\)\n"), c.out());
        assertTrue(Files.readAllLines(dir.resolve("campaign.tsv")).get(1).endsWith("\tcovering\tfull\t-\tfalse"));
        Cli sharded = Cli.run("--specs", Cli.specs(), "campaign", "--cover", "--jobs", "2", "-o", dir.toString());
        assertEquals(2, sharded.exitCode(), sharded.out() + sharded.err());
        assertTrue(sharded.err().contains("--cover steers by the full state"), sharded.err());
    }

    /** km1.38's first directed run is TLC's shortest counterexample: 19 steps (random runs need 13 tries). */
    @Test
    void aDirectedCampaignCatchesABuggyRevisionAtItsFirstRun(@TempDir Path dir) {
        Cli c = Cli.run("--specs", Cli.specs(), "campaign", "--directed", "--revision", "km1.38", "--tries", "3",
                "-o", dir.toString());
        assertEquals(0, c.exitCode(), c.out() + c.err());
        assertTrue(c.out().startsWith("km1.38: NoBadIntrFailInv after 1 run, witness 19 steps"), c.out());
        Cli sharded = Cli.run("--specs", Cli.specs(), "campaign", "--directed", "--shard", "1/2", "--tries", "3",
                "-o", dir.toString());
        assertEquals(2, sharded.exitCode(), sharded.out() + sharded.err());
        assertTrue(sharded.err().contains("--directed steers by the full state"), sharded.err());
        Cli both = Cli.run("--specs", Cli.specs(), "campaign", "--guided", "--directed", "--tries", "3",
                "-o", dir.toString());
        assertEquals(2, both.exitCode(), both.out() + both.err());
        assertTrue(both.err().contains("--guided, --directed and --cover: choose one"), both.err());
    }
}
