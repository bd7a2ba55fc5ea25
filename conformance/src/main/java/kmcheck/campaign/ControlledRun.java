package kmcheck.campaign;

import java.util.List;
import kmcheck.replay.ReplayReport;
import kmcheck.tracefile.TraceReader;
import kmcheck.tracefile.TraceStep;

/**
 * One controlled run of the Java model: its trace lines (header first), TLC's verdict on them,
 * and the spec states and transitions its replay matched.
 */
public record ControlledRun(List<String> trace, ReplayReport report, kmcheck.coverage.Coverage visited) {
    public ControlledRun {
        trace = List.copyOf(trace);
    }

    public boolean conforms() {
        return report.conforms();
    }

    /** Whether some step of the run is this spec action. */
    public boolean reached(String action) {
        return parsed().stream().anyMatch(st -> st.action().equals(action));
    }

    /** Steps after Init up to and including the first divergence (all of them if none). */
    public long witnessSteps() {
        return report.divergence().map(d -> d.seq()).orElse((long) trace.size() - 2);
    }

    /** The run as the spec would print it, up to the divergence: seq, actor and action. */
    public String steps() {
        StringBuilder b = new StringBuilder();
        for (TraceStep st : parsed().subList(0, (int) Math.min(parsed().size(), witnessSteps() + 1))) {
            b.append("  ").append(st.seq()).append(' ').append(st.actor()).append(' ').append(st.action()).append('\n');
        }
        return b.toString();
    }

    /** Why it does not conform, then the steps up to the divergence. */
    public String explain() {
        return report.render() + "\nwitness: " + witnessSteps() + " steps after Init\n" + steps();
    }

    /** The trace's steps, parsed by the one trace reader (only when a run is explained). */
    private List<TraceStep> parsed() {
        List<TraceStep> out = new java.util.ArrayList<>();
        try (TraceReader r = TraceReader.of(trace, java.nio.file.Path.of("controlled-run.ndjson"))) {
            TraceStep st;
            while ((st = r.next()) != null) {
                out.add(st);
            }
        } catch (java.io.IOException | kmcheck.tracefile.TraceFormatException e) {
            throw new IllegalStateException("the Java model wrote a malformed trace: " + e.getMessage(), e);
        }
        return out;
    }
}
