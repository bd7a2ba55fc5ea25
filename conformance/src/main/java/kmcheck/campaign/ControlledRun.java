package kmcheck.campaign;

import java.util.List;
import kmcheck.replay.ReplayReport;

/**
 * One controlled run of the Java model: its trace lines (header first) and TLC's verdict on
 * them.
 */
public record ControlledRun(List<String> trace, ReplayReport report) {
    public ControlledRun {
        trace = List.copyOf(trace);
    }

    public boolean conforms() {
        return report.conforms();
    }

    /** Whether some step of the run is this spec action. */
    public boolean reached(String action) {
        String needle = "\"action\":\"" + action + "\"";
        return trace.stream().anyMatch(l -> l.contains(needle));
    }

    /** Steps after Init up to and including the first divergence (all of them if none). */
    public long witnessSteps() {
        return report.divergence().map(d -> d.seq()).orElse((long) trace.size() - 2);
    }

    /** The run as the spec would print it, up to the divergence: seq, actor and action. */
    public String steps() {
        StringBuilder b = new StringBuilder();
        for (String line : trace.subList(1, (int) witnessSteps() + 2)) {
            b.append("  ").append(field(line, "seq")).append(' ')
                    .append(field(line, "actor")).append(' ')
                    .append(field(line, "action")).append('\n');
        }
        return b.toString();
    }

    /** Why it does not conform, then the steps up to the divergence. */
    public String explain() {
        return report.render() + "\nwitness: " + witnessSteps() + " steps after Init\n" + steps();
    }

    /** A top-level scalar field of a step line, as the trace writer lays it out. */
    private static String field(String json, String name) {
        String key = "\"" + name + "\":";
        int at = json.indexOf(key) + key.length();
        int end = json.charAt(at) == '"' ? json.indexOf('"', at + 1) + 1 : json.indexOf(',', at);
        return json.substring(at, end).replace("\"", "");
    }
}
