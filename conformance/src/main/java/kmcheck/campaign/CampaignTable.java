package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's results as a tab-separated file (header first), which {@code kmcheck history}
 * reads back: revision, correct, expected, tries, conforming, violated, after, witness, and where
 * the runs came from: the seed, the shard ({@code i/N}, {@code 1/1} for a whole campaign), the
 * runs per revision of the whole campaign ({@code of}) and how they were made ({@link RunSettings}:
 * steering, level, constants, stale-guards), so shards can be merged ({@link CampaignMerge}) and
 * shards of different campaigns cannot.
 */
public final class CampaignTable {
    private static final String HEADER =
            "revision\tcorrect\texpected\ttries\tconforming\tviolated\tafter\twitness\tseed\tshard\tof"
            + "\tsteering\tlevel\tconstants\tstale-guards";
    private static final int COLUMNS = 15;

    /** One line of a results file: a revision's result and the campaign slice it is from. */
    public record Row(RevisionResult result, long seed, Shard shard, int of, RunSettings runs, Path file, int line) {
        /** {@code file:line}, for messages. */
        public String where() {
            return file + ":" + line;
        }
    }

    private CampaignTable() {
    }

    /**
     * Writes the results of shard {@code shard} of a campaign of {@code of} runs per revision from
     * {@code seed}, made as {@code runs} says.
     */
    public static void write(Path file, List<RevisionResult> results, long seed, Shard shard, int of, RunSettings runs)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (RevisionResult r : results) {
            List<String> fields = new ArrayList<>(List.of(r.revision(), Boolean.toString(r.correct()), r.expected(),
                    Integer.toString(r.tries()), Integer.toString(r.conforming()),
                    r.first().map(RevisionResult.Violation::what).orElse("-"),
                    r.first().map(v -> Integer.toString(v.tryNumber())).orElse("-"),
                    r.first().map(v -> Long.toString(v.witness())).orElse("-"),
                    Long.toString(seed), shard.toString(), Integer.toString(of)));
            fields.addAll(List.of(runs.columns()));
            lines.add(String.join("\t", fields));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    /** Reads a file this class wrote; a malformed line is named by file:line. */
    public static List<Row> read(Path file) throws IOException, CampaignResultsException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new CampaignResultsException(file + ":1: not a campaign.tsv of this kmcheck (expected the header "
                    + HEADER.replace('\t', ' ') + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                if (f.length != COLUMNS) {
                    throw new IllegalArgumentException("expected " + COLUMNS + " columns, found " + f.length);
                }
                Optional<RevisionResult.Violation> v = f[5].equals("-") ? Optional.empty()
                        : Optional.of(new RevisionResult.Violation(Integer.parseInt(f[6]), f[5], Long.parseLong(f[7])));
                RevisionResult r = new RevisionResult(f[0], Boolean.parseBoolean(f[1]), f[2], Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), v);
                rows.add(new Row(r, Long.parseLong(f[8]), Shard.parse(f[9]), Integer.parseInt(f[10]),
                        RunSettings.parse(f[11], f[12], f[13], f[14]), file, i + 1));
            } catch (IllegalArgumentException e) {
                throw new CampaignResultsException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return rows;
    }
}
