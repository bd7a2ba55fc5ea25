package kmcheck.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The counterexample write-ups, {@code specs/counterexamples/<model>.md}: prose by hand, and
 * between two marker lines the part {@link Explainer} generates from TLC's output. Reading one
 * finds its markers; {@link #replace} puts a new generated part in, keeping the prose.
 */
public final class WriteUps {
    public static final String DIR = "counterexamples";
    public static final String BEGIN = "<!-- kmcheck explain: begin. Generated from TLC's counterexample by"
            + " `kmcheck explain --write`; do not edit by hand. -->";
    public static final String END = "<!-- kmcheck explain: end -->";

    private WriteUps() {
    }

    /** File names of a matrix cell's write-up start so: {@code cell-km1.79-NoBadIntrFailInv.md}. */
    private static final String CELL_PREFIX = "cell-";

    /**
     * The write-up of a target in {@code specsDir}: a model ({@code MCPoolSlowdown_km168_overrun.md})
     * or a matrix cell {@code REVISION:PROPERTY} ({@code cell-km1.79-NoBadIntrFailInv.md}).
     */
    public static Path of(Path specsDir, String target) {
        int colon = target.indexOf(':');
        String name = colon < 0 ? target : CELL_PREFIX + target.substring(0, colon) + "-" + target.substring(colon + 1);
        return specsDir.resolve(DIR).resolve(name + ".md");
    }

    /** The targets that have a write-up, models first, each sorted by name; cells as REVISION:PROPERTY. */
    public static List<String> targets(Path specsDir) throws IOException {
        List<String> models = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        try (var files = Files.list(specsDir.resolve(DIR))) {
            for (String n : files.map(p -> p.getFileName().toString()).sorted().toList()) {
                if (!n.endsWith(".md") || n.equals("README.md")) {
                    continue;
                }
                String base = n.substring(0, n.length() - 3);
                if (base.startsWith(CELL_PREFIX)) {
                    String cell = base.substring(CELL_PREFIX.length());
                    int dash = cell.lastIndexOf('-');
                    cells.add(cell.substring(0, dash) + ":" + cell.substring(dash + 1));
                } else {
                    models.add(base);
                }
            }
        }
        models.addAll(cells);
        return models;
    }

    /** The generated part of the write-up (between the markers, without them). */
    public static String generated(Path file) throws IOException, ExplainInputException {
        String text = Files.readString(file);
        int[] span = span(file, text);
        return text.substring(span[0], span[1]);
    }

    /** The write-up with {@code generated} between its markers. */
    public static String replace(Path file, String generated) throws IOException, ExplainInputException {
        String text = Files.readString(file);
        int[] span = span(file, text);
        return text.substring(0, span[0]) + generated + text.substring(span[1]);
    }

    /** Start and end offsets of the generated part: after the BEGIN line, before the END line. */
    private static int[] span(Path file, String text) throws ExplainInputException {
        int begin = text.indexOf(BEGIN + "\n");
        int end = text.indexOf(END);
        if (begin < 0 || end < 0 || end < begin || text.indexOf(BEGIN, begin + 1) >= 0) {
            throw new ExplainInputException(file + ":1: expected one line " + BEGIN.substring(0, 28)
                    + "... and, after it, one line " + END);
        }
        return new int[] {begin + BEGIN.length() + 1, end};
    }

}
