package kmcheck.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.check.ExpectedTableException;
import kmcheck.model.Constants;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModels;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Replayer;
import kmcheck.trace.TraceFormatException;
import kmcheck.trace.TraceReader;
import kmcheck.workload.Workload;

/**
 * Runs the Java model under a schedule and replays its trace against specs/ with TLC, in
 * process.  One {@link Replayer} per model (module and constants), loaded on first use and
 * kept: TLC parses the spec once, and each model has its own class loader.
 *
 * <p>Not thread-safe: one run at a time.
 */
public final class Conformer implements AutoCloseable {
    /** the specs/ directory */
    private final Path specsDir;
    /** loaded specs, by module and constants */
    private final Map<String, Replayer> replayers = new HashMap<>();

    public Conformer(Path specsDir) {
        this.specsDir = specsDir;
    }

    /** Run the model under the schedule for at most maxDecisions decisions; replay the trace. */
    public ControlledRun run(Constants k, Schedule schedule, long maxDecisions)
            throws ReplayException, NoSuchModelException, ExpectedTableException {
        List<String> lines = Workload.controlledTrace(k, schedule.chooser(), maxDecisions);
        return new ControlledRun(lines, replay(lines));
    }

    /** Replay trace lines, header first, against the spec of their revision. */
    public ReplayReport replay(List<String> lines)
            throws ReplayException, NoSuchModelException, ExpectedTableException {
        try {
            Path file = Files.createTempFile("kmcheck-trace-", ".ndjson");
            try {
                Files.write(file, lines);
                return replay(file);
            } catch (TraceFormatException e) {
                // the Java model wrote it: a malformed line is our bug, not bad input
                throw new IllegalStateException("the Java model wrote a malformed trace: " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replay a trace file against the spec of its revision. */
    public ReplayReport replay(Path file)
            throws IOException, TraceFormatException, ReplayException, NoSuchModelException, ExpectedTableException {
        String model;
        try (TraceReader r = TraceReader.open(file)) {
            model = r.header().module() + r.header().constants();
            if (!replayers.containsKey(model)) {
                replayers.put(model, Replayer.load(ReplayModels.forHeader(specsDir, r.header())));
            }
        }
        return replayers.get(model).replay(file);
    }

    @Override
    public void close() {
        replayers.values().forEach(Replayer::close);
        replayers.clear();
    }
}
