package kmcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import kmcheck.check.CheckListener;
import kmcheck.check.CheckResult;
import kmcheck.check.ConsoleProgress;
import kmcheck.check.DistributedTlc;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelChecker;
import kmcheck.check.ModelConfig;
import kmcheck.check.ModelEntry;
import kmcheck.check.ResultTable;
import kmcheck.check.TlcRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck check}: runs TLC on models of expected.tsv (kmcheck.check) and prints the table of
 * verdicts; exits 1 if any verdict is not the expected one. Progress goes to stderr: rewritten in
 * place on a terminal, one line per event in a log or pipe.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Model-check the models listed in expected.tsv with TLC and compare each verdict "
                + "with the expected one.",
        footer = {"%nExamples:", "  kmcheck check                               # every model but the deep ones",
            "  kmcheck check --workers 4 MCPoolSlowdown_km168_small",
            "  kmcheck check --deep --markdown > verdicts.md",
            "  kmcheck check --distributed km168_deep      # a TLCServer, 2 local TLCWorkers",
            "  kmcheck check --distributed --local-workers 0 --host h1.example km168_deep",
            "%nWith --distributed, a model that lists a PROPERTY is not checked (distributed TLC checks no "
                    + "temporal property): named, it is an error (exit 2); by default it is left out, and said so."})
final class CheckCommand implements Callable<Integer> {
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
    private static final int DEFAULT_LOCAL_WORKERS = 2;
    /** A host name or an IPv4/IPv6 address: nothing else reaches a -D flag or the printed command. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|[0-9A-Fa-f:.]{2,45}");

    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..*", completionCandidates = ModelNames.class,
            description = "Models to check, by name (e.g. MCPoolSlowdown_km168_small); default: every model "
                    + "of expected.tsv except the deep ones.")
    private List<String> models = new ArrayList<>();

    @Option(names = "--deep", description = "With no MODEL, check the deep models too (minutes, not seconds).")
    private boolean deep;

    @Option(names = "--workers", paramLabel = "N",
            description = "TLC worker threads per model (default: one per processor); with --distributed, "
                    + "per local worker process (default: the processors shared among them).")
    private Integer workers;

    @Option(names = "--distributed", description = "Check on TLC's distributed model checker: a TLCServer and "
            + "TLCWorker processes (see --local-workers).")
    private boolean distributed;

    @Option(names = "--local-workers", paramLabel = "N", description = "With --distributed: TLCWorker processes "
            + "started on this machine over loopback (default: ${DEFAULT-VALUE}); 0 prints the command to run on "
            + "other hosts and waits for their workers (needs --host).")
    private int localWorkers = DEFAULT_LOCAL_WORKERS;

    @Option(names = "--host", paramLabel = "NAME", description = "With --distributed: the name or address other "
            + "hosts reach this one at; the server then listens on every interface (default: loopback only).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", description = "With --distributed: the RMI registry port "
            + "(default: a free one, chosen per model).")
    private int port;

    @Option(names = "--markdown", description = "Print the table as Markdown rather than aligned text.")
    private boolean markdown;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write the table, tab-separated, to FILE (what 'kmcheck history' reads).")
    private Path resultsFile;

    @Override
    public Integer call() throws Exception {
        if (workers != null && workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers must be at least 1, not " + workers);
        }
        if (!distributed && (host != null || port != 0 || localWorkers != DEFAULT_LOCAL_WORKERS)) {
            throw new ParameterException(spec.commandLine(), "--local-workers, --host and --port need --distributed");
        }
        TlcRunner runner = distributed ? distributedRunner()
                : TlcRunner.singleProcess(workers == null ? PROCESSORS : workers);
        if (resultsFile != null) {
            // before TLC runs for minutes, not after
            Path dir = resultsFile.toAbsolutePath().getParent();
            if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
                throw new BadInputException("--results " + resultsFile + ": no directory " + dir);
            }
        }
        List<ModelEntry> selected = ExpectedTable.load(kmcheck.specs()).select(models, deep);
        if (distributed) {
            selected = distributable(selected);
        }
        CheckListener progress = new ConsoleProgress(new WriterPrintStream(spec.commandLine().getErr()),
                System.console() != null);
        List<CheckResult> results = new ModelChecker(kmcheck.specs(), runner, progress).checkAll(selected);

        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? ResultTable.markdown(results) : ResultTable.text(results));
        if (resultsFile != null) {
            OutputFiles.write(resultsFile, ResultTable.tsv(results));
        }
        results.stream().filter(r -> !r.matches()).forEach(r -> explain(r, out));
        out.flush();
        return results.stream().allMatch(CheckResult::matches) ? ExitCode.OK : ExitCode.VIOLATION;
    }

    private TlcRunner distributedRunner() {
        if (localWorkers < 0) {
            throw new ParameterException(spec.commandLine(), "--local-workers must be at least 0, not " + localWorkers);
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        if (host != null && !HOST.matcher(host).matches()) {
            throw new ParameterException(spec.commandLine(), "--host '" + host + "' is not a host name or address");
        }
        if (localWorkers == 0 && host == null) {
            throw new ParameterException(spec.commandLine(), "--local-workers 0 needs --host: the name workers on "
                    + "other hosts reach this one at");
        }
        int threads = workers != null ? workers : Math.max(1, PROCESSORS / Math.max(1, localWorkers));
        PrintWriter err = spec.commandLine().getErr();
        return new DistributedTlc(localWorkers, threads, port, host, line -> {
            err.println(line);
            err.flush();
        });
    }

    /**
     * The models distributed TLC can check: a named one it cannot is bad input; with no names,
     * those are left out and said so on stderr.
     */
    private List<ModelEntry> distributable(List<ModelEntry> selected) throws Exception {
        List<ModelEntry> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ModelEntry m : selected) {
            String why = DistributedTlc.unsupported(ModelConfig.read(m.cfg(kmcheck.specs())));
            if (why == null) {
                kept.add(m);
            } else if (!models.isEmpty()) {
                throw new BadInputException(m.cfg(kmcheck.specs()) + ": " + why);
            } else {
                skipped.add(m.name());
            }
        }
        if (!skipped.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("kmcheck: not checked with --distributed (distributed TLC checks no PROPERTY): "
                    + String.join(" ", skipped));
            err.flush();
        }
        return kept;
    }

    /** Below the table, what a mismatch is, with TLC's own message when TLC reported an error. */
    private static void explain(CheckResult r, PrintWriter out) {
        out.printf("%nMISMATCH %s: expected %s, TLC says %s (TLC exit code %d)%n",
                r.model().name(), r.model().expected(), r.actual(), r.exitCode());
        if (r.actual().message() != null) {
            r.actual().message().lines().forEach(l -> out.println("  " + l));
        }
    }
}
