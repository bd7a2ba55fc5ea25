package kmcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders check results as a table — model, revision, expected, actual, distinct states, depth,
 * seconds, cex length, OK/MISMATCH — either as aligned plain text or as Markdown. Unknown counts are
 * shown as {@code -}.
 */
public final class ResultTable {
    private static final List<String> HEADER = List.of(
            "model", "revision", "expected", "actual", "distinct states", "depth", "seconds", "cex length", "result");
    /** Columns holding numbers, right-aligned. */
    private static final boolean[] NUMERIC = {false, false, false, false, true, true, true, true, false};

    private static final int MAX_CELL = 60;

    private ResultTable() {
    }

    /** Plain text, columns aligned, one line per result, for a terminal or a log. */
    public static String text(List<CheckResult> results) {
        return kmcheck.util.TextTable.align(rows(results), "  ", NUMERIC);
    }

    /** A GitHub-flavoured Markdown table, for reports and READMEs. */
    public static String markdown(List<CheckResult> results) {
        List<List<String>> rows = rows(results);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (String cell : rows.get(r)) {
                out.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (boolean numeric : NUMERIC) {
                    out.append(numeric ? "---:|" : "---|");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Tab-separated, header first: what {@code kmcheck check --results} writes and
     * {@code kmcheck history} reads.
     */
    public static String tsv(List<CheckResult> results) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows(results)) {
            out.append(String.join("\t", row.stream().map(c -> c.replaceAll("[\t\n]", " ")).toList())).append('\n');
        }
        return out.toString();
    }

    private static List<List<String>> rows(List<CheckResult> results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (CheckResult r : results) {
            rows.add(List.of(
                    r.model().name(),
                    r.model().revision(),
                    r.model().expected().toString(),
                    abbreviate(r.actual().toString()),
                    count(r.distinctStates()),
                    count(r.depth()),
                    String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0),
                    r.cexLength() == 0 ? "-" : Integer.toString(r.cexLength()),
                    r.matches() ? "OK" : "MISMATCH"));
        }
        return rows;
    }

    /** Keeps long error messages from widening the table; the full message is TLC's and the CLI's. */
    private static String abbreviate(String cell) {
        return cell.length() <= MAX_CELL ? cell : cell.substring(0, MAX_CELL - 1) + "…";
    }

    private static String count(long n) {
        return n == CheckResult.UNKNOWN ? "-" : String.format(Locale.ROOT, "%,d", n);
    }
}
