package kmcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kmcheck.check.ExpectedTableException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.ReplayModels;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Replayer;
import kmcheck.trace.TraceFormatException;
import kmcheck.trace.TraceHeader;
import kmcheck.trace.TraceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck replay}: checks that each trace is a behaviour of the spec its header names and that
 * every invariant of its revision's model holds on every state (kmcheck.replay). Loading a spec into
 * TLC costs far more than replaying a trace, so one {@link Replayer} per model serves every trace of
 * that model. Exits 1 if any trace diverges.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check that traces are behaviours of the spec: step 0 an initial state, every step "
                + "a successor under its action, every invariant of the revision's _small model true.",
            "A trace is ndjson: a header line (spec, revision, constants), then one line per step; it is "
                + "replayed against module MC<spec> of the specs directory."},
        footer = {"%nExample:", "  kmcheck replay --specs specs traces/km168-*.ndjson"})
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", arity = "1..*", description = "Trace files (.ndjson).")
    private List<Path> traces;

    @Override
    public Integer call() throws Exception {
        for (Path trace : traces) {
            InputFiles.requireReadable(trace, "trace");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<ReplayModel, Replayer> replayers = new HashMap<>();
        int diverging = 0;
        try {
            for (Path trace : traces) {
                ReplayModel model = model(header(trace));
                Replayer replayer = replayers.get(model);
                if (replayer == null) {
                    replayer = Replayer.load(model);
                    replayers.put(model, replayer);
                }
                ReplayReport report = replayer.replay(trace);
                if (report.conforms()) {
                    out.print(report.render());
                } else {
                    diverging++;
                    out.printf("%s: DIVERGES at step %d (the %d steps before it conform)%n", trace,
                            report.divergence().orElseThrow().seq(), report.matchedPrefix());
                    report.render().lines().forEach(l -> out.println("  " + l));
                }
                out.flush();
            }
        } finally {
            replayers.values().forEach(Replayer::close);
        }
        if (traces.size() > 1) {
            out.printf("%d of %d traces conform%n", traces.size() - diverging, traces.size());
        }
        return diverging == 0 ? ExitCode.OK : ExitCode.VIOLATION;
    }

    private ReplayModel model(TraceHeader header) throws BadInputException, ExpectedTableException, IOException {
        try {
            return ReplayModels.forHeader(kmcheck.specs(), header);
        } catch (NoSuchModelException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static TraceHeader header(Path trace) throws IOException, TraceFormatException {
        try (TraceReader reader = TraceReader.open(trace)) {
            return reader.header();
        }
    }
}
