package kmcheck.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelEntry;

/**
 * The full matrix's expected outcomes, {@code specs/matrix.tsv}: one row per (revision, property),
 * {@code revision<TAB>property<TAB>check<TAB>base<TAB>expected<TAB>why}, {@code #} comments and a
 * header line allowed. Loading checks every row against the specs directory before anything runs:
 * the revision is one of the revision table's, the property a top-level definition of a spec module
 * (read from the modules' text), the base a model of expected.tsv; every revision has a row for every
 * property named anywhere in the file, exactly once. The first problem is an
 * {@link ExpectedTableException} {@code <specs>/matrix.tsv:LINE: problem}.
 */
public final class MatrixPlan {
    public static final String FILE_NAME = "matrix.tsv";
    private static final Pattern DEFINITION = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)(?:\\([^)]*\\))?\\s*==", Pattern.MULTILINE);
    private static final String NONE = "-";

    private final List<Cell> cells;
    private final List<String> properties;

    private MatrixPlan(List<Cell> cells, List<String> properties) {
        this.cells = List.copyOf(cells);
        this.properties = List.copyOf(properties);
    }

    /** Every cell, in file order. */
    public List<Cell> cells() {
        return cells;
    }

    /** The properties, in the order the file first names them: the matrix's columns. */
    public List<String> properties() {
        return properties;
    }

    /** The plan restricted to the cells that pass {@code keep} (e.g. one revision's row). */
    public MatrixPlan where(java.util.function.Predicate<Cell> keep) {
        return new MatrixPlan(cells.stream().filter(keep).toList(), properties);
    }

    public static MatrixPlan load(Path specsDir) throws ExpectedTableException, IOException {
        Path file = specsDir.resolve(FILE_NAME);
        if (!Files.isReadable(file)) {
            throw new ExpectedTableException(file.toString(), 0, "cannot read the matrix's expected outcomes");
        }
        return parse(specsDir, Files.readAllLines(file));
    }

    static MatrixPlan parse(Path specsDir, List<String> lines) throws ExpectedTableException, IOException {
        String file = specsDir.resolve(FILE_NAME).toString();
        ExpectedTable models = ExpectedTable.load(specsDir);
        Set<String> defined = definitions(specsDir);
        List<Cell> cells = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> properties = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("revision\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new ExpectedTableException(file, n, "expected 6 tab-separated columns (revision, property, "
                        + "check, base, expected, why), found " + f.length);
            }
            String revision = f[0].strip();
            String property = f[1].strip();
            if (!ExpectedTable.REVISIONS.contains(revision)) {
                throw new ExpectedTableException(file, n, "unknown revision '" + revision + "' (one of "
                        + String.join(", ", ExpectedTable.REVISIONS) + ")");
            }
            if (!defined.contains(property)) {
                throw new ExpectedTableException(file, n, kmcheck.tracefile.TlaText.printable(property)
                        + " is not defined in a module of " + specsDir);
            }
            Cell.Check check = switch (f[2].strip()) {
                case "invariant" -> Cell.Check.INVARIANT;
                case "property" -> Cell.Check.PROPERTY;
                default -> throw new ExpectedTableException(file, n, "check must be invariant or property, not '" + f[2].strip() + "'");
            };
            Cell.Expected expected = Cell.Expected.of(f[4].strip());
            if (expected == null) {
                throw new ExpectedTableException(file, n, "expected must be ok, fails or n/a, not '" + f[4].strip() + "'");
            }
            String base = f[3].strip();
            String why = f[5].strip();
            if (expected == Cell.Expected.NOT_APPLICABLE) {
                if (!base.equals(NONE) || why.isEmpty()) {
                    throw new ExpectedTableException(file, n, "a cell that does not apply has base '-' and says why");
                }
            } else {
                ModelEntry m = models.find(base).orElseThrow(() -> new ExpectedTableException(file, n,
                        "base '" + base + "' is not a model of " + ExpectedTable.FILE_NAME));
                if (m.deep()) {
                    throw new ExpectedTableException(file, n, "base " + base + " is a deep model: minutes per cell");
                }
            }
            if (!seen.add(revision + "\t" + property)) {
                throw new ExpectedTableException(file, n, revision + " × " + property + " is listed twice");
            }
            properties.add(property);
            cells.add(new Cell(revision, property, check, base, expected, why, n));
        }
        for (String r : ExpectedTable.REVISIONS) {
            for (String p : properties) {
                if (!seen.contains(r + "\t" + p)) {
                    throw new ExpectedTableException(file, lines.size(), "no row for " + r + " × " + p);
                }
            }
        }
        return new MatrixPlan(cells, new ArrayList<>(properties));
    }

    /** The top-level definitions of the spec modules of specsDir: the only names a cell's cfg may list. */
    static Set<String> definitions(Path specsDir) throws IOException {
        Set<String> out = new HashSet<>();
        try (var files = Files.list(specsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tla")).toList()) {
                Matcher m = DEFINITION.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
