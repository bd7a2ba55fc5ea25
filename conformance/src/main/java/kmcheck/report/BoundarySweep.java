package kmcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NoBadIntrFail sweep's results, {@code specs/sweeps/nobadintrfail.tsv} (what
 * {@code specs/sweeps/nobadintrfail.sh} prints): one row per (|Procs|, MAXINTR, LOWAT).
 */
record BoundarySweep(List<Row> rows) {
    record Row(String revision, int procs, int intrs, int lowat, String verdict, String cex) {
    }

    static final String FILE = "sweeps/nobadintrfail.tsv";
    private static final String HEADER = "revision\tP\tI\tLOWAT\tverdict\tdistinct\tcex";

    static BoundarySweep read(Path specsDir) throws IOException {
        Path file = specsDir.resolve(FILE);
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ":1: expected the header of nobadintrfail.sh: " + HEADER.replace('\t', ' '));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                if (f.length != 7 || !List.of("ok", "violated", "error").contains(f[4])) {
                    throw new IllegalArgumentException();
                }
                rows.add(new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[6]));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": expected 7 columns: " + HEADER.replace('\t', ' '));
            }
        }
        return new BoundarySweep(rows);
    }
}
