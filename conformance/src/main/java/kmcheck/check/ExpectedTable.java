package kmcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kmcheck.config.Revision;

/**
 * The models of a specs directory and their expected outcomes, read from its {@code expected.tsv}:
 * {@code model<TAB>expected<TAB>property<TAB>what it shows}, with {@code #} comment lines, blank lines
 * and an optional first header line (first column {@code model}) allowed. {@code expected} is one of
 * {@code ok}, {@code invariant}, {@code property}, {@code deadlock}; {@code property} names the
 * invariant or property TLC must report, or is {@code -} for ok and deadlock.
 *
 * <p>Loading validates every row against the directory (the model file exists, its revision is a
 * known one, no model is listed twice) and fails on the first problem with an
 * {@link ExpectedTableException} whose message is {@code <specs>/expected.tsv:LINE: <problem>}.
 */
public final class ExpectedTable {
    public static final String FILE_NAME = "expected.tsv";
    /**
     * The revision ids of docs/kernel.md#revisions, the only values a model's {@code Revision} may take: the
     * Java model's revisions, so that specs, model and CLI share one list.
     */
    public static final List<String> REVISIONS =
            Arrays.stream(Revision.values()).map(Revision::id).toList();

    private static final int COLUMNS = 4;
    private static final String NO_PROPERTY = "-";
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z0-9_!]+");

    private final Path specsDir;
    private final String fileName;
    private final List<ModelEntry> models;

    private ExpectedTable(Path specsDir, String fileName, List<ModelEntry> models) {
        this.specsDir = specsDir;
        this.fileName = fileName;
        this.models = List.copyOf(models);
    }

    /** Reads {@code specsDir/expected.tsv} and validates it against the model files in {@code specsDir}. */
    public static ExpectedTable load(Path specsDir) throws ExpectedTableException {
        Path file = specsDir.resolve(FILE_NAME);
        String content;
        try {
            content = Files.readString(file);
        } catch (IOException e) {
            throw new ExpectedTableException(file.toString(), 0, "cannot read: " + e);
        }
        return parse(specsDir, content);
    }

    /** Parses {@code content} as the expected.tsv of {@code specsDir} (whose model files it checks). */
    public static ExpectedTable parse(Path specsDir, String content) throws ExpectedTableException {
        String file = specsDir.resolve(FILE_NAME).toString();
        Map<String, ModelEntry> byName = new LinkedHashMap<>();
        boolean firstContentLine = true;
        int lineNo = 0;
        for (String line : content.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            boolean header = firstContentLine && cols[0].strip().equals("model");
            firstContentLine = false;
            if (header) {
                continue;
            }
            ModelEntry entry = parseRow(specsDir, file, lineNo, cols);
            ModelEntry previous = byName.putIfAbsent(entry.name(), entry);
            if (previous != null) {
                throw new ExpectedTableException(file, lineNo,
                        "duplicate model " + entry.name() + " (first listed on line " + previous.line() + ")");
            }
        }
        return new ExpectedTable(specsDir, file, new ArrayList<>(byName.values()));
    }

    private static ModelEntry parseRow(Path specsDir, String file, int lineNo, String[] cols)
            throws ExpectedTableException {
        if (cols.length != COLUMNS) {
            throw new ExpectedTableException(file, lineNo, "expected " + COLUMNS
                    + " tab-separated columns (model, expected, property, what it shows), found " + cols.length);
        }
        String name = cols[0].strip();
        String expectedWord = cols[1].strip();
        String property = cols[2].strip();
        if (!MODEL_NAME.matcher(name).matches()) {
            throw new ExpectedTableException(file, lineNo, "bad model name '" + name + "'");
        }
        VerdictKind kind = VerdictKind.parseExpected(expectedWord).orElseThrow(() ->
                new ExpectedTableException(file, lineNo, "unknown expected value '" + expectedWord
                        + "' (one of ok, invariant, property, deadlock)"));
        Verdict expected = expectedVerdict(file, lineNo, kind, property);
        String revision = readRevision(specsDir, file, lineNo, name);
        return new ModelEntry(name, expected, cols[3].strip(), revision, lineNo);
    }

    private static Verdict expectedVerdict(String file, int lineNo, VerdictKind kind, String property)
            throws ExpectedTableException {
        if (!kind.namesProperty()) {
            if (!property.equals(NO_PROPERTY)) {
                throw new ExpectedTableException(file, lineNo,
                        "property must be '-' for expected " + kind.word() + ", found '" + property + "'");
            }
            return new Verdict(kind, null, null);
        }
        if (!PROPERTY_NAME.matcher(property).matches()) {
            throw new ExpectedTableException(file, lineNo,
                    "expected " + kind.word() + " needs the name of the " + kind.word() + ", found '" + property + "'");
        }
        return new Verdict(kind, property, null);
    }

    private static String readRevision(Path specsDir, String file, int lineNo, String name)
            throws ExpectedTableException {
        Path cfg = specsDir.resolve(name + ".cfg");
        if (!Files.isRegularFile(cfg)) {
            throw new ExpectedTableException(file, lineNo, "missing model file " + cfg);
        }
        Optional<String> revision;
        try {
            revision = ModelConfig.read(cfg).revision();
        } catch (IOException e) {
            throw new ExpectedTableException(file, lineNo, "cannot read " + cfg + ": " + e);
        }
        if (revision.isEmpty()) {
            throw new ExpectedTableException(file, lineNo, cfg + " assigns no revision (Revision = \"...\")");
        }
        if (!REVISIONS.contains(revision.get())) {
            throw new ExpectedTableException(file, lineNo, "revision '" + revision.get() + "' in " + cfg
                    + " is not one of " + String.join(" ", REVISIONS));
        }
        return revision.get();
    }

    public Path specsDir() {
        return specsDir;
    }

    /** Every model, in file order. */
    public List<ModelEntry> models() {
        return models;
    }

    /**
     * The model of that name, or else the one model whose name ends with {@code _} + name: the
     * tables print {@code km168_small} for {@code MCPoolSlowdown_km168_small}.
     */
    public Optional<ModelEntry> find(String name) {
        Optional<ModelEntry> exact = models.stream().filter(m -> m.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<ModelEntry> suffix = models.stream().filter(m -> m.name().endsWith("_" + name)).toList();
        return suffix.size() == 1 ? Optional.of(suffix.get(0)) : Optional.empty();
    }

    /** Up to three model names that contain {@code name}, for an "unknown model" message. */
    public List<String> suggestions(String name) {
        return models.stream().map(ModelEntry::name).filter(n -> n.contains(name)).limit(3).toList();
    }

    /**
     * The models to check: those named, in the order given (a deep model runs when named); with no
     * names, every model in file order, deep ones only if {@code includeDeep}.
     */
    public List<ModelEntry> select(List<String> names, boolean includeDeep) throws UnknownModelException {
        if (names.isEmpty()) {
            return models.stream().filter(m -> includeDeep || !m.deep()).toList();
        }
        List<ModelEntry> selected = new ArrayList<>();
        for (String name : names) {
            selected.add(find(name).orElseThrow(() -> new UnknownModelException(name, fileName, suggestions(name))));
        }
        return selected;
    }
}
