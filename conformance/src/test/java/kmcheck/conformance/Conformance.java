package kmcheck.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.model.Constants;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModels;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Replayer;
import kmcheck.trace.TraceFormatException;
import kmcheck.trace.TraceReader;
import kmcheck.workload.Workload;

/**
 * Runs the Java model under a schedule and replays its trace against specs/ with TLC, in
 * process.  One {@link Replayer} per revision, loaded on first use and kept for the JVM: TLC
 * parses the spec once, and each revision has its own class loader.
 *
 * <p>Not thread-safe: jqwik runs the tries of a property one after another.
 */
final class Conformance {
    /** the specs/ directory; surefire sets kmcheck.specs */
    static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    /** one loaded spec per model: module and constants */
    private static final Map<String, Replayer> REPLAYERS = new HashMap<>();

    private Conformance() {
    }

    /** The outcome of one controlled run: its trace lines and TLC's verdict on them. */
    record Run(List<String> trace, ReplayReport report) {
        boolean conforms() {
            return report.conforms();
        }

        /** The run as the spec would print it: one line per step, seq, actor and action. */
        String steps() {
            StringBuilder b = new StringBuilder();
            for (String line : trace.subList(1, (int) witnessSteps() + 2)) {
                b.append("  ").append(field(line, "seq")).append(' ')
                        .append(field(line, "actor")).append(' ')
                        .append(field(line, "action")).append('\n');
            }
            return b.toString();
        }

        /** Whether some step of the run is this spec action. */
        boolean reached(String action) {
            String needle = "\"action\":\"" + action + "\"";
            return trace.stream().anyMatch(l -> l.contains(needle));
        }

        /** Why it does not conform, then the steps up to the divergence. */
        String explain() {
            return report.render() + "\nwitness: " + witnessSteps() + " steps after Init\n" + steps();
        }

        /** Steps after Init up to and including the first divergence. */
        long witnessSteps() {
            return report.divergence().map(d -> d.seq()).orElse((long) trace.size() - 2);
        }

        private static String field(String json, String name) {
            String key = "\"" + name + "\":";
            int at = json.indexOf(key) + key.length();
            int end = json.charAt(at) == '"' ? json.indexOf('"', at + 1) + 1 : json.indexOf(',', at);
            return json.substring(at, end).replace("\"", "");
        }
    }

    /** Run revision under the schedule (at most maxDecisions decisions) and replay the trace. */
    static Run run(String revision, Schedule schedule, long maxDecisions) {
        Constants k = Constants.defaults().revision(revision).build();
        List<String> lines = Workload.controlledTrace(k, schedule.chooser(), maxDecisions);
        return new Run(lines, replay(lines));
    }

    /** Replay trace lines, header first, against the spec of their revision. */
    static ReplayReport replay(List<String> lines) {
        try {
            Path file = Files.createTempFile("kmcheck-trace-", ".ndjson");
            try {
                Files.write(file, lines);
                return replay(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replay a trace file against the spec of its revision. */
    static ReplayReport replay(Path file) throws IOException {
        try {
            String model;
            try (TraceReader r = TraceReader.open(file)) {
                model = r.header().module() + r.header().constants();
                if (!REPLAYERS.containsKey(model)) {
                    REPLAYERS.put(model, Replayer.load(ReplayModels.forHeader(SPECS, r.header())));
                }
            }
            return REPLAYERS.get(model).replay(file);
        } catch (TraceFormatException | ReplayException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
