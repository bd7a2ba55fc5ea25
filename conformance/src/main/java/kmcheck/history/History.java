package kmcheck.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kmcheck.campaign.CampaignMerge;
import kmcheck.campaign.CampaignResultsException;
import kmcheck.campaign.RevisionResult;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelConfig;
import kmcheck.check.ModelEntry;

/**
 * The annals: one row per revision, one column per property.  A TLC cell is {@code ok} when
 * every model of that revision checking the property passed, {@code ✗N} when one failed on it
 * with an N-state counterexample, both when a revision holds under some bounds and fails under
 * others (a footnote names the failing model); {@code ·} where no model checks it.  The last
 * column is the Java model under a conformance campaign.
 *
 * <p>Built from the files {@code kmcheck check --results} and {@code kmcheck campaign} write;
 * immutable once built.
 */
public final class History {
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();

    private History() {
    }

    /**
     * The annals from specs/expected.tsv, the model files, a check results file and, if present,
     * campaign results files (the shards of one campaign, merged; none: the Java column says 'not run').
     */
    public static History build(Path specsDir, Path checkResults, List<Path> campaigns)
            throws IOException, ExpectedTableException, CampaignResultsException {
        ExpectedTable table = ExpectedTable.load(specsDir);
        Map<String, Map<String, String>> results = readCheck(checkResults);
        Map<String, RevisionResult> java = new HashMap<>();
        for (RevisionResult r : CampaignMerge.merge(campaigns)) {
            java.put(r.revision(), r);
        }
        History h = new History();
        List<String> header = new ArrayList<>(List.of("revision"));
        Column.ALL.forEach(c -> header.add(c.heading()));
        header.add("Java model (conformance)");
        h.rows.add(header);
        for (RevisionHistory rev : RevisionHistory.ALL) {
            List<String> row = new ArrayList<>(List.of(rev.id()));
            for (Column col : Column.ALL) {
                row.add(h.cell(specsDir, table, results, rev.id(), col));
            }
            RevisionResult jr = java.get(rev.id());
            row.add(jr == null ? "not run" : javaCell(jr));
            h.rows.add(row);
        }
        return h;
    }

    private String cell(Path specsDir, ExpectedTable table, Map<String, Map<String, String>> results, String revision,
                        Column col) throws IOException {
        boolean ok = false;
        boolean unknown = false;
        ModelEntry failed = null;
        String cex = null;
        for (ModelEntry m : table.models()) {
            if (!m.revision().equals(revision)) {
                continue;
            }
            ModelConfig cfg = configs.computeIfAbsent(m.name(), n -> readConfig(m.cfg(specsDir)));
            boolean checks = col.properties().stream()
                    .anyMatch(p -> cfg.invariants().contains(p) || cfg.properties().contains(p));
            Map<String, String> r = results.get(m.name());
            if (!checks) {
                continue;
            }
            if (r == null) {
                unknown = true;
            } else if (r.get(ACTUAL).equals("ok")) {
                ok = true;
            } else if (failed == null && col.properties().stream().anyMatch(p -> r.get(ACTUAL).endsWith(" " + p))) {
                failed = m;
                cex = r.get(CEX);
            }
        }
        if (failed == null) {
            return ok ? "ok" : unknown ? "?" : "·";
        }
        if (!ok) {
            return "✗" + cex;
        }
        // holds in some models of this revision, fails in another: say which and why (and under which
        // scheduling rule, where the failing model overrides the spec's)
        String sched = configs.get(failed.name()).overrides().get(SCHED);
        footnotes.add(failed.name() + (sched == null ? "" : " (" + SCHED + " <- " + sched + ")") + ": "
                + failed.description());
        return "ok ✗" + cex + footnoteMark(footnotes.size());
    }

    /** The name of the spec's definition of the yield's scheduling rule ("up" unless a cfg overrides it). */
    private static final String SCHED = "SCHED";

    /** Each model's cfg, read once for all the cells of its row. */
    private final Map<String, ModelConfig> configs = new java.util.HashMap<>();

    private static ModelConfig readConfig(Path cfg) {
        try {
            return ModelConfig.read(cfg);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String footnoteMark(int n) {
        return "[" + n + "]";
    }

    /** Caught counts only with the violation expected.tsv names; anything else says what was expected. */
    private static String javaCell(RevisionResult r) {
        if (r.first().isEmpty()) {
            return r.correct() ? "conforms, " + r.tries() + " runs"
                    : "NOT CAUGHT in " + r.tries() + " runs (expected " + r.expected() + ")";
        }
        RevisionResult.Violation v = r.first().get();
        if (r.asExpected()) {
            return "caught: run " + v.tryNumber() + ", " + v.witness() + " steps";
        }
        return "WRONG: " + v.what() + " at run " + v.tryNumber() + " (expected " + (r.correct() ? "none" : r.expected()) + ")";
    }

    /** check --results rows by model name, each a map from ResultTable's column names to cells. */
    private static Map<String, Map<String, String>> readCheck(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IOException(file + ":1: empty; expected the header of kmcheck check --results");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        for (String needed : List.of(MODEL, ACTUAL, CEX)) {
            if (!header.contains(needed)) {
                throw new IOException(file + ":1: no column \"" + needed + "\" in the header " + header);
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != header.size()) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + f.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < f.length; c++) {
                row.put(header.get(c), f[c]);
            }
            rows.put(row.get(MODEL), row);
        }
        return rows;
    }

    private static final String MODEL = "model";
    private static final String ACTUAL = "actual";
    private static final String CEX = "cex length";

    /** Aligned plain text for a terminal: the table, the legend, the footnotes, the annals. */
    public String text() {
        StringBuilder b = new StringBuilder(kmcheck.util.TextTable.align(rows, "  "));
        b.append('\n');
        appendNotes(b, "");
        return b.toString();
    }

    /** The same as a Markdown table, with the notes as a list. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            b.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
            if (r == 0) {
                b.append("|---".repeat(rows.get(0).size())).append("|\n");
            }
        }
        b.append('\n');
        appendNotes(b, "- ");
        return b.toString();
    }

    /** a 100-column terminal */
    private static final int WIDTH = 100;

    /** Words of text in lines of at most width columns, continuation lines indented. */
    private static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
                out.append('\n').append(indent);
                lineStart = out.length() - indent.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private void appendNotes(StringBuilder b, String bullet) {
        b.append(bullet).append("TLC: ok holds; ✗N counterexample of N states; ok ✗N[k] holds, fails in [k];"
                + " · not checked by any model;\n" + bullet + "? a model checks it but the check results have no row"
                + " for that model (not run).\n" + bullet + "Every verdict is under the spec's SCHED = \"up\" (the"
                + " uniprocessor yield rule) except where a footnote names a model with SCHED <- SchedMP.\n");
        for (Column c : Column.ALL) {
            b.append(bullet).append(c.heading()).append(": ").append(c.meaning()).append('\n');
        }
        for (int i = 0; i < footnotes.size(); i++) {
            String note = footnoteMark(i + 1) + ' ' + footnotes.get(i);
            b.append(bullet).append(bullet.isEmpty() ? wrap(note, WIDTH, "    ") : note).append('\n');
        }
        b.append('\n');
        for (RevisionHistory r : RevisionHistory.ALL) {
            b.append(bullet).append(String.format("%-10s %-19s %s%n", r.id(), r.date(), r.kernel()));
            b.append(bullet.isEmpty() ? " ".repeat(11) : "  ").append(r.change()).append('\n');
        }
    }
}
