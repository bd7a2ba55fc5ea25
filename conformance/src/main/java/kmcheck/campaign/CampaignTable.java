package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's results as a tab-separated file (header first), which {@code kmcheck history}
 * reads back: revision, correct, tries, conforming, violated, after, witness.
 */
public final class CampaignTable {
    private static final String HEADER = "revision\tcorrect\ttries\tconforming\tviolated\tafter\twitness";

    private CampaignTable() {
    }

    public static void write(Path file, List<RevisionResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (RevisionResult r : results) {
            lines.add(String.join("\t", r.revision(), Boolean.toString(r.correct()),
                    Integer.toString(r.tries()), Integer.toString(r.conforming()),
                    r.first().map(RevisionResult.Violation::what).orElse("-"),
                    r.first().map(v -> Integer.toString(v.tryNumber())).orElse("-"),
                    r.first().map(v -> Long.toString(v.witness())).orElse("-")));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    /** Read a file this class wrote; a malformed line is an IOException naming file:line. */
    public static List<RevisionResult> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<RevisionResult> results = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                if (f.length != 7) {
                    throw new IllegalArgumentException("expected 7 columns, found " + f.length);
                }
                Optional<RevisionResult.Violation> v = f[4].equals("-") ? Optional.empty()
                        : Optional.of(new RevisionResult.Violation(Integer.parseInt(f[5]), f[4], Long.parseLong(f[6])));
                results.add(new RevisionResult(f[0], Boolean.parseBoolean(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), v));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return results;
    }
}
