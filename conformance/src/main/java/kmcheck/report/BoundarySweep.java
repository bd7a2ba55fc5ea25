package kmcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NoBadIntrFail sweep's results, {@code specs/sweeps/nobadintrfail.tsv} (what
 * {@code specs/sweeps/nobadintrfail.sh} prints): one row per (scheduling rule, |Procs|, MAXINTR, LOWAT).
 */
record BoundarySweep(List<Row> rows) {
    record Row(String revision, String sched, int procs, int intrs, int lowat, String verdict, String cex) {
    }

    static final String FILE = "sweeps/nobadintrfail.tsv";
    private static final String HEADER = "revision\tsched\tP\tI\tLOWAT\tverdict\tdistinct\tcex";

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
                if (f.length != 8 || !List.of("up", "mp").contains(f[1])
                        || !List.of("ok", "violated", "error").contains(f[5])) {
                    throw new IllegalArgumentException();
                }
                rows.add(new Row(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        f[5], f[7]));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": expected 8 columns (sched up or mp, verdict ok, "
                        + "violated or error): " + HEADER.replace('\t', ' '));
            }
        }
        return new BoundarySweep(rows);
    }

    /** The rows of one scheduling rule, in file order. */
    List<Row> under(String sched) {
        return rows.stream().filter(r -> r.sched().equals(sched)).toList();
    }
}
