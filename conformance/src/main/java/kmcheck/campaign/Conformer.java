package kmcheck.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.check.ExpectedTableException;
import kmcheck.model.Constants;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModels;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;
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

    /** the revisions' invariants, read once */
    private final ReplayModels models;

    public Conformer(Path specsDir) {
        this.specsDir = specsDir;
        this.models = new ReplayModels(specsDir);
    }

    /** Run the model under the schedule for at most maxDecisions decisions; replay the trace. */
    public ControlledRun run(Constants k, Schedule schedule, long maxDecisions)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        List<String> lines = Workload.controlledTrace(k, schedule.chooser(), maxDecisions);
        return new ControlledRun(lines, replay(lines));
    }

    /**
     * Replay trace lines, header first, against the spec of their revision. The lines are parsed
     * once, as they are: no temp file.
     *
     * @throws ConstantsRejectedException the spec rejects the constants the run was given
     */
    public ReplayReport replay(List<String> lines)
            throws ReplayException, NoSuchModelException, ExpectedTableException, ConstantsRejectedException {
        try (TraceReader reader = TraceReader.of(lines, Path.of("controlled-run.ndjson"))) {
            return replay(reader);
        } catch (TraceFormatException e) {
            // the Java model wrote it: a malformed line is our bug, not bad input
            throw new IllegalStateException("the Java model wrote a malformed trace: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replay an opened trace (its header read) against the spec of its revision. */
    public ReplayReport replay(TraceReader reader) throws ReplayException, NoSuchModelException,
            ExpectedTableException, ConstantsRejectedException, TraceFormatException, IOException {
        String model = reader.header().module() + reader.header().constants();
        Replayer replayer = replayers.get(model);
        if (replayer == null) {
            replayer = Replayer.load(models.forHeader(reader.header()));
            replayers.put(model, replayer);
        }
        return replayer.replay(reader);
    }

    @Override
    public void close() {
        replayers.values().forEach(Replayer::close);
        replayers.clear();
    }
}
