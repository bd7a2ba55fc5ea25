package kmcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.ReplayModels;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Observation;
import kmcheck.replay.Replayer;
import kmcheck.replay.Visits;
import kmcheck.tracefile.TraceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck replay}: checks that each trace is a behaviour of the spec its header names and that
 * every invariant of its revision's model holds on every state (kmcheck.replay). Loading a spec into
 * TLC costs far more than replaying a trace, so one {@link Replayer} per model serves every trace of
 * that model, and expected.tsv and the revisions' cfgs are read once ({@link ReplayModels}).
 *
 * <p>Every trace is replayed whatever happened to the ones before: a malformed trace is reported
 * (one line on stderr) and counted, and the command exits with the worst code of all.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check that traces are behaviours of the spec: step 0 an initial state, every step "
                + "a successor under its action, taken by an actor that action belongs to, every invariant "
                + "of the revision's _small model true.",
            "A trace is ndjson: a header line (spec, constants), then one line per step; it is replayed "
                + "against module MC<spec> of the specs directory. TRACE - reads standard input."},
        footer = {"%nExample:", "  kmcheck replay --specs specs out/story/km1.68.ndjson",
            "  bin/kmcheck simulate --revision km1.68 --decisions 50 --controlled -o - | bin/kmcheck replay -"})
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", arity = "1..*", description = "Trace files (.ndjson), or - for stdin.")
    private List<Path> traces;

    @Option(names = "--hidden-steps", paramLabel = "K", defaultValue = "0",
            description = "Up to K unlogged spec steps may precede each logged one (seq may then skip). "
                    + "Default ${DEFAULT-VALUE}.")
    private int hiddenSteps;

    @Option(names = "--max-frontier", paramLabel = "N", defaultValue = "" + Observation.DEFAULT_MAX_FRONTIER,
            description = "A partial trace leaving more than N candidate states open is under-constrained "
                    + "(exit 2). Default ${DEFAULT-VALUE}.")
    private int maxFrontier;

    @Override
    public Integer call() {
        if (hiddenSteps < 0 || maxFrontier < 1) {
            throw new ParameterException(spec.commandLine(), "--hidden-steps must be at least 0 and --max-frontier"
                    + " at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReplayModels models = new ReplayModels(kmcheck.specs());
        Map<ReplayModel, Replayer> replayers = new HashMap<>();
        int conforming = 0;
        int worst = ExitCode.OK;
        try {
            for (Path trace : traces) {
                int code;
                try {
                    code = replay(trace, models, replayers, out);
                } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                    code = Failures.report(e, trace, err, kmcheck.debug());
                }
                if (code == ExitCode.OK) {
                    conforming++;
                }
                worst = Math.max(worst, code);
                out.flush();
                err.flush();
            }
        } finally {
            replayers.values().forEach(Replayer::close);
        }
        if (traces.size() > 1) {
            out.printf("%d of %d traces conform%n", conforming, traces.size());
        }
        out.flush();
        return worst;
    }

    /** Replays one trace, parsing it once; the exit code of its verdict. */
    private int replay(Path trace, ReplayModels models, Map<ReplayModel, Replayer> replayers, PrintWriter out)
            throws Exception {
        try (TraceReader reader = open(trace)) {
            ReplayModel model = Failures.inHeader(trace, () -> models.forHeader(reader.header()));
            Replayer replayer = replayers.get(model);
            if (replayer == null) {
                replayer = Failures.inHeader(trace, () -> Replayer.load(model));
                replayers.put(model, replayer);
            }
            ReplayReport report = replayer.replay(reader, Visits.NONE, hiddenSteps, maxFrontier);
            if (report.conforms()) {
                out.print(report.render());
                return ExitCode.OK;
            }
            out.printf("%s: DIVERGES at step %d (the %d steps before it conform)%n", reader.file(),
                    report.divergence().orElseThrow().seq(), report.matchedPrefix());
            report.render().lines().forEach(l -> out.println("  " + l));
            return ExitCode.VIOLATION;
        }
    }

    private static TraceReader open(Path trace) throws Exception {
        if (trace.toString().equals("-")) {
            return TraceReader.open(TraceReader.utf8(System.in), TraceReader.STDIN);
        }
        InputFiles.requireReadable(trace, "trace");
        return TraceReader.open(trace);
    }
}
