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

    /** The write-up of {@code model} in {@code specsDir}. */
    public static Path of(Path specsDir, String model) {
        return specsDir.resolve(DIR).resolve(model + ".md");
    }

    /** The models that have a write-up, sorted by name. */
    public static List<String> models(Path specsDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(specsDir.resolve(DIR))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .sorted().forEach(n -> out.add(n.substring(0, n.length() - 3)));
        }
        return out;
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
