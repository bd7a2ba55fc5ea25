package kmcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import kmcheck.config.Constants;
import kmcheck.sched.Chooser;
import kmcheck.trace.TraceLevel;
import kmcheck.trace.TraceWriter;
import kmcheck.workload.RunResult;
import kmcheck.workload.Workload;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck simulate}: one run of the Java model, controlled (reproducible: a seed picks
 * every schedule decision) or on real threads for a while, traced to a file; prints its counters.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the Java model of one revision, traced, and print its counters.",
        footer = {"%nExamples:",
            "  kmcheck simulate --revision km1.66 --decisions 400 --seed 7 --controlled -o km166.ndjson",
            "  kmcheck simulate --revision km1.66 --decisions 400 --greedy 8 --maxintr 2 --controlled -o drain.ndjson",
            "  kmcheck simulate --revision pool1.166 --procs 3 --duration 2s --seed 1 --real -o run.ndjson",
            "  kmcheck replay km166.ndjson"})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--revision", paramLabel = "ID", required = true, completionCandidates = RevisionIds.class,
            description = "km1.38, km1.66, km1.67, km1.68, km1.77, km1.79, km1.84, pool1.160 or pool1.166.")
    private String revision;

    @Option(names = "--procs", paramLabel = "N", defaultValue = "2", description = "Processes (default ${DEFAULT-VALUE}).")
    private int procs;

    @Option(names = "--intrs", paramLabel = "M", defaultValue = "1",
            description = "Interrupt sources (default ${DEFAULT-VALUE}).")
    private int intrs;

    @Option(names = "--maxintr", paramLabel = "K", defaultValue = "1",
            description = "Interrupt allocations in the whole run, the spec's MAXINTR (default ${DEFAULT-VALUE}).")
    private int maxIntr;

    @Option(names = "--lowat", paramLabel = "L", description = "The reserve's low-water mark (default: the small models').")
    private Integer lowat;

    @Option(names = "--mem", paramLabel = "P", description = "Physical pages for the thread (default: the small models').")
    private Integer mem;

    /** how long: scheduling decisions (controlled) or wall time (real) */
    static final class Length {
        @Option(names = "--decisions", paramLabel = "K", description = "Scheduling decisions of a controlled run "
                + "(a decision may take several steps, or none).")
        Long decisions;

        @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
                description = "Wall time of a real run: 500ms, 2s, or ISO-8601 (PT2S).")
        Duration duration;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Length length;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    private long seed;

    /** which scheduler */
    static final class Mode {
        @Option(names = "--controlled", description = "One actor at a time, the seed picks: reproducible byte for byte.")
        boolean controlled;

        @Option(names = "--real", description = "JVM threads.")
        boolean real;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Mode mode;

    @Option(names = "--greedy", paramLabel = "N",
            description = "Controlled runs: the greedy workload (processes keep the CPU, the km thread runs only "
                    + "when no process can, an interrupt arrives with probability 1/N) instead of uniform choices.")
    private Integer greedy;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "full", converter = LevelConverter.class,
            description = "What each step logs: full (every spec variable) or kernel (only what the kernel's "
                    + "own data structures hold; specs/TRACE.md#levels). Default ${DEFAULT-VALUE}.")
    private TraceLevel level;

    @Option(names = {"-o", "--out"}, paramLabel = "TRACE", required = true, description = "The trace file (ndjson), or - for stdout; its directory must exist.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        Constants k = constants();
        boolean toStdout = output.toString().equals("-");
        Path dir = output.toAbsolutePath().getParent();
        if (!toStdout && dir != null && !Files.isDirectory(dir)) {
            // a typo in a path must not create directories all over the file system
            throw new BadInputException("-o " + output + ": no directory " + dir);
        }
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        RunResult r;
        try (TraceWriter w = toStdout ? new TraceWriter(stdout::println, level) : TraceWriter.toFile(output, level)) {
            Workload workload = Workload.of(k).trace(w);
            if (mode.controlled) {
                if (length.decisions == null) {
                    throw new BadInputException("a controlled run takes --decisions, not --duration");
                }
                r = workload.controlled(greedy == null ? Chooser.random(seed) : Chooser.greedy(seed, greedy),
                        length.decisions);
            } else {
                if (greedy != null) {
                    throw new BadInputException("--greedy is for controlled runs");
                }
                if (length.duration == null) {
                    throw new BadInputException("a real run takes --duration, not --decisions");
                }
                r = workload.real(seed, length.duration);
            }
        }
        // with the trace on stdout, the summary goes to stderr
        var out = toStdout ? spec.commandLine().getErr() : stdout;
        stdout.flush();
        out.printf("%s: %d steps traced to %s%n", k.revision().id(), r.steps(), output);
        out.printf("  refill rounds %d, slowdowns %d, yields %d, interrupt failures %d, most pages held %d%n",
                r.refillRounds(), r.slowdowns(), r.yields(), r.intrFails(), r.mostHeld());
        if (level == TraceLevel.FULL) {
            out.printf("  interrupt failed with memory to spare: %s; while a page was hoarded: %s%n",
                    r.badIntrFail() ? "yes" : "no", r.hoardFail() ? "yes" : "no");
        } else {
            out.println("  (the history variables are not kept at the " + level.name().toLowerCase(java.util.Locale.ROOT)
                    + " level: replay the trace to know)");
        }
        r.failures().forEach(f -> out.println("  panic: " + f));
        r.pageProblems().forEach(p -> out.println("  page: " + p));
        r.threadDump().ifPresent(d -> out.println("  actors that did not stop:\n" + d));
        out.flush();
        // the run itself is data; conformance is 'kmcheck replay's verdict
        return r.pageProblems().isEmpty() && r.threadDump().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
    }

    private Constants constants() throws BadInputException {
        try {
            Constants.Builder b = Constants.defaults().revision(revision).procs(procs).intrs(intrs).maxIntr(maxIntr);
            if (lowat != null) {
                b.lowat(lowat);
            }
            if (mem != null) {
                b.mem(mem);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** 500ms, 2s, or ISO-8601. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s") && !value.startsWith("P")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            return Duration.parse(value);
        }
    }
}
