package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kmcheck.campaign.CampaignMerge;
import kmcheck.campaign.CampaignResultsException;
import kmcheck.campaign.RevisionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code campaign --shard i/N} and {@code --jobs}: three shards merged by {@code history} are the
 * unsharded campaign, and two jobs give what one gives; a missing or doubled shard is refused.
 */
class CampaignShardsTest {
    @TempDir
    static Path dir;
    private static Cli whole;
    private static Path check;

    /** km1.68 conforms on all 20 runs; km1.66 is caught at run 15 of seed 1, in shard 3 of 3. */
    private static Cli campaign(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--specs", Cli.specs(), "campaign", "--revision",
                "km1.68", "--revision", "km1.66", "--tries", "20", "--seed", "1", "-o", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Path tsv(String out) {
        return dir.resolve(out).resolve("campaign.tsv");
    }

    @BeforeAll
    static void campaigns() throws Exception {
        whole = campaign("whole");
        assertEquals(0, whole.exitCode(), whole.out() + whole.err());
        for (int i = 1; i <= 3; i++) {
            Cli s = i == 2 ? campaign("s" + i, "--shard", i + "/3", "--jobs", "2") : campaign("s" + i, "--shard", i + "/3");
            assertEquals(0, s.exitCode(), s.out() + s.err());
        }
        check = dir.resolve("check.tsv");
        Files.writeString(check, "model\trevision\texpected\tactual\tdistinct states\tdepth\tseconds\tcex length\tresult\n");
    }

    @Test
    void threeShardsMergedAreTheWholeCampaign() throws Exception {
        List<RevisionResult> merged = CampaignMerge.merge(List.of(tsv("s3"), tsv("s1"), tsv("s2")));
        assertEquals(CampaignMerge.merge(List.of(tsv("whole"))), merged);
        RevisionResult km166 = merged.stream().filter(r -> r.revision().equals("km1.66")).findFirst().orElseThrow();
        assertEquals(15, km166.first().orElseThrow().tryNumber(), "the run the unsharded campaign catches it at");
        assertEquals(14, km166.conforming());
        assertEquals(20, merged.get(0).tries());
        Cli h1 = Cli.run("--specs", Cli.specs(), "history", "--check", check.toString(), "--campaign", tsv("whole").toString());
        Cli h3 = Cli.run("--specs", Cli.specs(), "history", "--check", check.toString(), "--campaign", tsv("s1").toString(),
                "--campaign", tsv("s2").toString(), "--campaign", tsv("s3").toString());
        assertEquals(0, h3.exitCode(), h3.err());
        assertEquals(h1.out(), h3.out());
        assertTrue(h3.out().contains("caught: run 15"), h3.out());
    }

    @Test
    void twoJobsGiveWhatOneGives() throws Exception {
        Cli two = campaign("jobs2", "--jobs", "2");
        assertEquals(whole.out(), two.out());
        // the correct revision's spec coverage, merged from its runs: twenty runs visit something
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("spec coverage: states ([\\d,]+)/").matcher(two.out());
        assertTrue(m.find(), two.out());
        assertTrue(Integer.parseInt(m.group(1).replace(",", "")) > 20, two.out());
        assertEquals(Files.readString(tsv("whole")), Files.readString(tsv("jobs2")));
        assertEquals(Files.readString(dir.resolve("whole/traces/km1.66-witness.ndjson")),
                Files.readString(dir.resolve("jobs2/traces/km1.66-witness.ndjson")));
    }

    @Test
    void aMissingShardIsAGap() {
        CampaignResultsException e = assertThrows(CampaignResultsException.class,
                () -> CampaignMerge.merge(List.of(tsv("s1"), tsv("s3"))));
        assertTrue(e.getMessage().contains("gap: km1.68 has no results of shard 2/3"), e.getMessage());
        Cli h = Cli.run("--specs", Cli.specs(), "history", "--check", check.toString(), "--campaign", tsv("s1").toString(),
                "--campaign", tsv("s3").toString());
        assertEquals(2, h.exitCode());
        assertEquals(1, h.errLines(), h.err());
        assertTrue(h.err().startsWith("kmcheck: " + tsv("s1") + ":2: gap: "), h.err());
    }

    @Test
    void aShardTwiceIsAnOverlapAndTheWholeWithAShardToo() {
        CampaignResultsException twice = assertThrows(CampaignResultsException.class,
                () -> CampaignMerge.merge(List.of(tsv("s1"), tsv("s2"), tsv("s2"), tsv("s3"))));
        assertTrue(twice.getMessage().contains("overlap: km1.68 shard 2/3 is also in " + tsv("s2") + ":2"),
                twice.getMessage());
        CampaignResultsException mixed = assertThrows(CampaignResultsException.class,
                () -> CampaignMerge.merge(List.of(tsv("whole"), tsv("s1"))));
        assertTrue(mixed.getMessage().contains("is from another campaign"), mixed.getMessage());
    }

    /** Shards made with other settings (here --stale-guards) are other runs from the same seed. */
    @Test
    void aShardMadeOtherwiseIsFromAnotherCampaign() throws Exception {
        Path stale = dir.resolve("stale.tsv");
        Files.writeString(stale, Files.readString(tsv("s2")).replace("\trandom\tfull\t-\tfalse\n",
                "\trandom\tfull\t-\ttrue\n"));
        CampaignResultsException e = assertThrows(CampaignResultsException.class,
                () -> CampaignMerge.merge(List.of(tsv("s1"), stale, tsv("s3"))));
        assertEquals(stale + ":2: km1.68 is from another campaign than " + tsv("s1") + ":2 (seed 1, 3 shards of 20 "
                + "runs, random, --level full, default constants, --stale-guards, expected - vs seed 1, 3 shards of 20 "
                + "runs, random, --level full, default constants, fresh guards, expected -)", e.getMessage());
        Cli h = Cli.run("--specs", Cli.specs(), "history", "--check", check.toString(), "--campaign", tsv("s1").toString(),
                "--campaign", stale.toString(), "--campaign", tsv("s3").toString());
        assertEquals(2, h.exitCode());
        assertEquals(1, h.errLines(), h.err());
    }

    /** A value a results file cannot hold is named by file:line, and nothing of it is used. */
    @Test
    void aBadSettingIsNamedByItsLine() throws Exception {
        Path bad = dir.resolve("bad-level.tsv");
        Files.writeString(bad, Files.readString(tsv("s1")).replace("\tfull\t", "\tsome\t"));
        CampaignResultsException e = assertThrows(CampaignResultsException.class,
                () -> CampaignMerge.merge(List.of(bad)));
        assertEquals(bad + ":2: unknown trace level 'some': full or kernel", e.getMessage());
        Path model = dir.resolve("bad-model.tsv");
        Files.writeString(model, Files.readString(tsv("s1")).replace("\tfull\t-\t", "\tfull\t$(rm)\t"));
        e = assertThrows(CampaignResultsException.class, () -> CampaignMerge.merge(List.of(model)));
        assertEquals(model + ":2: not a model name: '$(rm)'", e.getMessage());
        Path steering = dir.resolve("bad-steering.tsv");
        Files.writeString(steering, Files.readString(tsv("s1")).replace("\trandom\tfull\t", "\tsideways\tfull\t"));
        e = assertThrows(CampaignResultsException.class, () -> CampaignMerge.merge(List.of(steering)));
        assertEquals(steering + ":2: steering 'sideways': one of random, guided, covering, directed", e.getMessage());
    }

    @Test
    void aTruncatedShardIsAGap() throws Exception {
        Path cut = dir.resolve("cut.tsv");
        // shard 1/3 of 20 runs makes 7 of km1.68's; say it made 6
        Files.writeString(cut, Files.readString(tsv("s1")).replaceFirst("km1.68\ttrue\t-\t7\t7\t", "km1.68\ttrue\t-\t6\t6\t"));
        CampaignResultsException e = assertThrows(CampaignResultsException.class,
                () -> CampaignMerge.merge(List.of(cut, tsv("s2"), tsv("s3"))));
        assertTrue(e.getMessage().startsWith(cut + ":2: gap: km1.68 shard 1/3 made 6 runs"), e.getMessage());
    }

    @Test
    void aBadShardIsAUsageError() {
        Cli r = campaign("bad", "--shard", "4/3");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("kmcheck: --shard: a shard is i/N with 1 <= i <= N, not 4/3"), r.err());
    }
}
