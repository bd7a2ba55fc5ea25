package kmcheck.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The full matrix for people: one row per revision, one column per property, a symbol per cell,
 * and a legend for every symbol and heading. Built from results ({@link MatrixResults}).
 */
public final class MatrixTable {
    /** Short column headings, so that sixteen columns fit 100 characters; the legend spells them out. */
    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("TypeOK", "type"), Map.entry("PageConservationInv", "pages"),
            Map.entry("ItemConservationInv", "items"), Map.entry("NoSleepWhileHoldingInv", "sleep"),
            Map.entry("NoYieldWhileHoldingInv", "yield"), Map.entry("YieldOnlyOnSlowdownInv", "slow"),
            Map.entry("NoBadIntrFailInv", "drain"), Map.entry("IntrNeverBlocksInv", "intr"),
            Map.entry("NoHoardingStarvationInv", "hoard"), Map.entry("NoKmMutexRecursionInv", "recur"),
            Map.entry("NoHoardDeadlockInv", "stuck"), Map.entry("ReserveBoundedInv", "bound"),
            Map.entry("HeldEventuallyPublishedProp", "L:pub"), Map.entry("YieldTerminatesProp", "L:yend"),
            Map.entry("ThreadServesLowReserveProp", "L:serve"), Map.entry("WaitokProgressProp", "L:prog"));

    /** Legend lines fit a 100-column terminal. */
    private static final int WIDTH = 100;

    private final List<String> properties = new ArrayList<>();
    private final List<String> revisions = new ArrayList<>();
    private final Map<String, CellResult> byCell = new LinkedHashMap<>();
    /** The distinct reasons cells do not apply, lettered a, b, ... in order of first appearance. */
    private final List<String> reasons = new ArrayList<>();

    private MatrixTable(List<CellResult> results) {
        LinkedHashSet<String> ps = new LinkedHashSet<>();
        LinkedHashSet<String> rs = new LinkedHashSet<>();
        for (CellResult r : results) {
            ps.add(r.cell().property());
            rs.add(r.cell().revision());
            byCell.put(r.cell().revision() + "\t" + r.cell().property(), r);
            if (r.outcome() == CellResult.Outcome.NOT_APPLICABLE && !reasons.contains(r.cell().why())) {
                reasons.add(r.cell().why());
            }
        }
        properties.addAll(ps);
        revisions.addAll(rs);
    }

    public static MatrixTable of(List<CellResult> results) {
        return new MatrixTable(results);
    }

    public List<String> properties() {
        return properties;
    }

    public List<String> revisions() {
        return revisions;
    }

    public static String heading(String property) {
        return HEADINGS.getOrDefault(property, property);
    }

    /** The result of a cell, or null. */
    public CellResult result(String revision, String property) {
        return byCell.get(revision + "\t" + property);
    }

    /** The cell's symbol: {@code ok}, {@code ✗N}, {@code –a}; a disagreement with matrix.tsv starts with {@code !}. */
    public String symbol(CellResult r) {
        if (r == null) {
            return "?";
        }
        String s = switch (r.outcome()) {
            case OK -> "ok";
            case FAILS -> "✗" + r.cexLength();
            case NOT_APPLICABLE -> "–" + (char) ('a' + reasons.indexOf(r.cell().why()));
            case ERROR -> "E";
        };
        return r.asExpected() ? s : "!" + s;
    }

    /** How many cells disagree with matrix.tsv. */
    public long surprises() {
        return byCell.values().stream().filter(r -> !r.asExpected()).count();
    }

    /** The legend lines: every symbol, every heading, every reason a cell does not apply. */
    public List<String> legend() {
        List<String> out = new ArrayList<>();
        out.add("ok: TLC checked it over the whole state space of the cell's bounds and it holds");
        out.add("✗N: TLC found it violated, a counterexample of N states (breadth-first, one worker)");
        out.add("–x: does not apply to this revision, not run; x is the reason below");
        out.add("!: TLC disagrees with specs/matrix.tsv (a surprise: a cell expected to hold fails, or the reverse)");
        out.add("E: TLC failed (the results file has its message); ?: no result for the cell");
        out.add("L: a liveness property, under LiveSpec's fairness; the other columns are invariants under Spec");
        StringBuilder line = new StringBuilder("columns:");
        for (String p : properties) {
            String name = " " + heading(p) + " " + p + ",";
            if (line.length() + name.length() > WIDTH) {
                out.add(line.toString());
                line = new StringBuilder("        ");
            }
            line.append(name);
        }
        out.add(line.substring(0, line.length() - 1));
        for (int i = 0; i < reasons.size(); i++) {
            out.add("–" + (char) ('a' + i) + ": " + reasons.get(i));
        }
        return out;
    }

    /** Aligned text for a terminal. */
    public String text() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("revision"));
        properties.forEach(p -> header.add(heading(p)));
        rows.add(header);
        for (String rev : revisions) {
            List<String> row = new ArrayList<>(List.of(rev));
            properties.forEach(p -> row.add(symbol(result(rev, p))));
            rows.add(row);
        }
        StringBuilder b = new StringBuilder(kmcheck.util.TextTable.align(rows, " "));
        b.append('\n');
        legend().forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    /** The same in Markdown. */
    public String markdown() {
        StringBuilder b = new StringBuilder("| revision |");
        properties.forEach(p -> b.append(' ').append(heading(p)).append(" |"));
        b.append("\n|---|").append("---|".repeat(properties.size())).append('\n');
        for (String rev : revisions) {
            b.append("| ").append(rev).append(" |");
            properties.forEach(p -> b.append(' ').append(symbol(result(rev, p))).append(" |"));
            b.append('\n');
        }
        b.append('\n');
        legend().forEach(l -> b.append("- ").append(l).append('\n'));
        return b.toString();
    }
}
