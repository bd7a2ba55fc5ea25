package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's results as a tab-separated file (header first), which {@code kmcheck history}
 * reads back: revision, correct, expected, tries, conforming, violated, after, witness.
 */
public final class CampaignTable {
    private static final String HEADER = "revision\tcorrect\texpected\ttries\tconforming\tviolated\tafter\twitness";

    private CampaignTable() {
    }

    public static void write(Path file, List<RevisionResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (RevisionResult r : results) {
            lines.add(String.join("\t", r.revision(), Boolean.toString(r.correct()), r.expected(),
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
                if (f.length != 8) {
                    throw new IllegalArgumentException("expected 8 columns, found " + f.length);
                }
                Optional<RevisionResult.Violation> v = f[5].equals("-") ? Optional.empty()
                        : Optional.of(new RevisionResult.Violation(Integer.parseInt(f[6]), f[5], Long.parseLong(f[7])));
                results.add(new RevisionResult(f[0], Boolean.parseBoolean(f[1]), f[2], Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), v));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return results;
    }
}
