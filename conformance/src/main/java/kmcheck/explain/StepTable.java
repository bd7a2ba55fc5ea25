package kmcheck.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmcheck.check.ErrorTrace;
import kmcheck.replay.ReplayException;
import kmcheck.replay.Replayer;

/**
 * TLC's error trace as the step table of a write-up: one row per state after the first, with
 * TLC's number for the state the step leads to, the actor ({@link Actors}, {@link ActorReplay}), TLC's action, the
 * kernel function the spec cites above that action ({@link Citations}), and the parts of the state
 * that changed. The initial state and the lasso's end are lines of their own.
 */
public final class StepTable {
    private static final Pattern KEY = Pattern.compile("\\[([^\\]]+)\\]");

    /** One step: the cells as shown. */
    record Row(int state, String actor, String action, String kernel, List<String> changed) {
    }

    private final List<String> initial;
    private final List<Row> rows;
    private final ErrorTrace trace;

    private StepTable(List<String> initial, List<Row> rows, ErrorTrace trace) {
        this.initial = initial;
        this.rows = rows;
        this.trace = trace;
    }

    /**
     * The table of {@code trace}; {@code replayer}, loaded with the model's constants and no
     * invariants, settles the actors the state change leaves open ({@link ActorReplay}).
     */
    static StepTable of(ErrorTrace trace, Citations citations, Actors actors, Replayer replayer, String module)
            throws ExplainInputException, ReplayException {
        List<Row> rows = new ArrayList<>();
        List<String> initial = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        Map<String, String> before = null;
        for (ErrorTrace.State s : trace.states()) {
            Map<String, String> now = leaves(s);
            if (before == null) {
                now.forEach((k, v) -> initial.add(k + " " + v));
            } else {
                List<String> changed = new ArrayList<>();
                Set<String> keys = new LinkedHashSet<>();
                for (Map.Entry<String, String> e : now.entrySet()) {
                    String old = before.get(e.getKey());
                    if (!e.getValue().equals(old)) {
                        changed.add(e.getKey() + " " + (old == null ? "–" : old) + "→" + e.getValue());
                        Matcher m = KEY.matcher(e.getKey());
                        while (m.find()) {
                            keys.add(m.group(1));
                        }
                    }
                }
                for (String k : before.keySet()) {
                    if (!now.containsKey(k)) {
                        changed.add(k + " " + before.get(k) + "→–");
                    }
                }
                String kernel = s.module() == null ? "" : citations.of(s.module(), s.action());
                candidates.add(actors.candidates(s.action(), keys));
                rows.add(new Row(s.number(), null, s.action(), kernel, changed));
            }
            before = now;
        }
        if (candidates.stream().anyMatch(c -> c.size() > 1)) {
            candidates = ActorReplay.settle(replayer, module, trace, candidates);
        }
        List<Row> settled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            settled.add(new Row(r.state(), String.join(" or ", candidates.get(i)), r.action(), r.kernel(), r.changed()));
        }
        return new StepTable(initial, settled, trace);
    }

    private static Map<String, String> leaves(ErrorTrace.State s) {
        Map<String, String> out = new LinkedHashMap<>();
        s.values().forEach((name, printed) -> out.putAll(PrintedValue.leaves(name, printed)));
        return out;
    }

    /** The rows, for tests. */
    List<Row> rows() {
        return rows;
    }

    /** The table as Markdown: the initial state, the steps, how a lasso ends. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("State 1, the initial state: ").append(code(initial)).append(".\n\n");
        b.append("| # | actor | action | kernel function | changed |\n|---:|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.state()).append(" | ").append(cell(r.actor())).append(" | ")
                    .append(cell(r.action())).append(" | `").append(cell(r.kernel())).append("` | ")
                    .append(code(r.changed())).append(" |\n");
        }
        if (trace.loopsBackTo() > 0) {
            int last = trace.states().get(trace.states().size() - 1).number();
            b.append("\nThen back to state ").append(trace.loopsBackTo()).append(": states ")
                    .append(trace.loopsBackTo()).append("–").append(last).append(" repeat forever.\n");
        } else if (trace.stutters()) {
            b.append("\nThen stuttering: nothing moves any more.\n");
        }
        return b.toString();
    }

    private static String code(List<String> parts) {
        if (parts.isEmpty()) {
            return "(no change)";
        }
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add("`" + cell(p) + "`"));
        return String.join(", ", out);
    }

    /** A table cell: a pipe would end it. */
    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
