package kmcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kmcheck.jobs.InOrder;
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
 *
 * <p>{@code --jobs N} replays on N threads ({@link InOrder}), each with its own {@link Replayer}s
 * (so its own class loaders and TLCs) and its own {@link ReplayModels}; each trace's report is
 * written when every trace before it has been, so the output is the same as with one job.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check that traces are behaviours of the spec: step 0 an initial state, every step "
                + "a successor under its action, taken by an actor that action belongs to, every invariant "
                + "of the revision's _small model true.",
            "A trace is ndjson: a header line (spec, constants), then one line per step; it is replayed "
                + "against module MC<spec> of the specs directory. TRACE - reads standard input."},
        footer = {"%nExample:", "  kmcheck replay --specs specs out/story/km1.68.ndjson",
            "  kmcheck replay --jobs 2 out/traces/*.ndjson",
            "  bin/kmcheck simulate --revision km1.68 --decisions 50 --controlled -o - | bin/kmcheck replay -"})
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", arity = "1..*", description = "Trace files (.ndjson), or - for stdin.")
    private List<Path> traces;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Replay on N threads, each "
            + "with its own TLC per model (default ${DEFAULT-VALUE}); the output is the same for any N.")
    private int jobs;

    @Option(names = "--hidden-steps", paramLabel = "K", defaultValue = "0",
            description = "Up to K unlogged spec steps may precede each logged one (seq may then skip). "
                    + "Default ${DEFAULT-VALUE}.")
    private int hiddenSteps;

    @Option(names = "--max-frontier", paramLabel = "N", defaultValue = "" + Observation.DEFAULT_MAX_FRONTIER,
            description = "A partial trace leaving more than N candidate states open is under-constrained "
                    + "(exit 2). Default ${DEFAULT-VALUE}.")
    private int maxFrontier;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        if (hiddenSteps < 0 || maxFrontier < 1) {
            throw new ParameterException(spec.commandLine(), "--hidden-steps must be at least 0 and --max-frontier"
                    + " at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] conforming = {0};
        int[] worst = {ExitCode.OK};
        new InOrder<Job>(jobs, () -> new Job(kmcheck.specs())).run(traces, (job, trace) -> job.replay(trace),
                (i, o) -> {
                    out.print(o.out());
                    err.print(o.err());
                    out.flush();
                    err.flush();
                    if (o.code() == ExitCode.OK) {
                        conforming[0]++;
                    }
                    worst[0] = Math.max(worst[0], o.code());
                    return true;
                });
        if (traces.size() > 1) {
            out.printf("%d of %d traces conform%n", conforming[0], traces.size());
        }
        out.flush();
        return worst[0];
    }

    /** One trace's exit code and what it prints on stdout and stderr. */
    private record Outcome(int code, String out, String err) {
    }

    /** A job thread's replayers, one per model, loaded on first use; not thread-safe. */
    private final class Job implements AutoCloseable {
        private final ReplayModels models;
        private final Map<ReplayModel, Replayer> replayers = new HashMap<>();

        Job(Path specs) {
            this.models = new ReplayModels(specs);
        }

        Outcome replay(Path trace) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                try {
                    code = ReplayCommand.this.replay(trace, models, replayers, o);
                } catch (Exception | OutOfMemoryError | StackOverflowError x) {
                    code = Failures.report(x, trace, e, kmcheck.debug());
                }
            }
            return new Outcome(code, out.toString(), err.toString());
        }

        @Override
        public void close() {
            replayers.values().forEach(Replayer::close);
        }
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
