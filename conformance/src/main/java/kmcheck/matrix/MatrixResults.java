package kmcheck.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The matrix's results as a file, what {@code kmcheck matrix --results} writes and
 * {@code kmcheck history} and {@code kmcheck report} read:
 * {@code revision property check expected actual cex seconds run note}, tab-separated.
 */
public final class MatrixResults {
    static final String HEADER = "revision\tproperty\tcheck\texpected\tactual\tcex length\tseconds\trun\tnote";

    private MatrixResults() {
    }

    public static String tsv(List<CellResult> results) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (CellResult r : results) {
            Cell c = r.cell();
            b.append(String.join("\t", c.revision(), c.property(), c.check().name().toLowerCase(Locale.ROOT),
                    c.expected().word(), r.outcome().word(), Integer.toString(r.cexLength()),
                    String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0), Integer.toString(r.run()),
                    oneLine(r.outcome() == CellResult.Outcome.NOT_APPLICABLE ? c.why() : r.message()))).append('\n');
        }
        return b.toString();
    }

    /** Reads a results file; a malformed one is an IOException naming file and line. */
    public static List<CellResult> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ":1: not a kmcheck matrix results file (expected the header " + HEADER + ")");
        }
        List<CellResult> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            int n = i + 1;
            try {
                Cell.Expected expected = Cell.Expected.of(f[3]);
                CellResult.Outcome actual = CellResult.Outcome.of(f[4]);
                if (f.length != 9 || expected == null || actual == null) {
                    throw new IllegalArgumentException();
                }
                Cell cell = new Cell(f[0], f[1], Cell.Check.valueOf(f[2].toUpperCase(Locale.ROOT)), "-", expected,
                        actual == CellResult.Outcome.NOT_APPLICABLE ? f[8] : "", n);
                out.add(new CellResult(cell, actual, Integer.parseInt(f[5]), Integer.parseInt(f[7]),
                        Duration.ofMillis(Math.round(Double.parseDouble(f[6]) * 1000)),
                        actual == CellResult.Outcome.NOT_APPLICABLE ? "" : f[8]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(file + ":" + n + ": expected 9 columns: " + HEADER.replace('\t', ' '));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
