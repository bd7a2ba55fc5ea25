package kmcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.check.CheckListener;
import kmcheck.check.CheckResult;
import kmcheck.check.ConsoleProgress;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelChecker;
import kmcheck.check.ModelEntry;
import kmcheck.check.ResultTable;
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
            "  kmcheck check --deep --markdown > verdicts.md"})
final class CheckCommand implements Callable<Integer> {

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
            description = "TLC worker threads per model (default: one per processor, here ${DEFAULT-VALUE}).")
    private int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--markdown", description = "Print the table as Markdown rather than aligned text.")
    private boolean markdown;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write the table, tab-separated, to FILE (what 'kmcheck history' reads).")
    private Path resultsFile;

    @Override
    public Integer call() throws Exception {
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers must be at least 1, not " + workers);
        }
        if (resultsFile != null) {
            // before TLC runs for minutes, not after
            Path dir = resultsFile.toAbsolutePath().getParent();
            if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
                throw new BadInputException("--results " + resultsFile + ": no directory " + dir);
            }
        }
        List<ModelEntry> selected = ExpectedTable.load(kmcheck.specs()).select(models, deep);
        CheckListener progress = new ConsoleProgress(new WriterPrintStream(spec.commandLine().getErr()),
                System.console() != null);
        List<CheckResult> results = new ModelChecker(kmcheck.specs(), workers, progress).checkAll(selected);

        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? ResultTable.markdown(results) : ResultTable.text(results));
        if (resultsFile != null) {
            OutputFiles.write(resultsFile, ResultTable.tsv(results));
        }
        results.stream().filter(r -> !r.matches()).forEach(r -> explain(r, out));
        out.flush();
        return results.stream().allMatch(CheckResult::matches) ? ExitCode.OK : ExitCode.VIOLATION;
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
