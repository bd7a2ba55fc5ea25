package kmcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.history.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kmcheck history}: the annals, from the results of 'kmcheck check' and 'kmcheck campaign'. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The annals: one row per kernel revision, one column per property, each cell from TLC "
                + "(ok, or the counterexample's length) and from the conformance campaign.",
        footer = {"%nExamples:", "  kmcheck history --check out/check.tsv --campaign out/campaign.tsv",
            "  kmcheck history --check out/check.tsv --markdown > HISTORY.md",
            "  kmcheck history --campaign s1/campaign.tsv --campaign s2/campaign.tsv   # the shards of one campaign"})
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Option(names = "--check", paramLabel = "FILE", defaultValue = "out/check.tsv",
            description = "Results of 'kmcheck check --results FILE' (default: ${DEFAULT-VALUE}, what make check writes).")
    private Path check;

    @Option(names = "--campaign", paramLabel = "FILE",
            description = "Results of 'kmcheck campaign' (its campaign.tsv); repeat it for the shards of one "
                    + "campaign (--shard i/N), merged, overlaps and gaps refused; without it the Java column says 'not run'.")
    private List<Path> campaigns = new ArrayList<>();

    @Option(names = "--matrix", paramLabel = "FILE", defaultValue = "out/matrix.tsv",
            description = "Results of 'kmcheck matrix --results FILE', shown below the annals (default: ${DEFAULT-VALUE}, "
                    + "what make check writes; when that is missing the full matrix is said to be not run).")
    private Path matrix;

    @Option(names = "--markdown", description = "Print Markdown rather than aligned text.")
    private boolean markdown;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireReadable(check, "check results");
        for (Path c : campaigns) {
            InputFiles.requireReadable(c, "campaign results");
        }
        boolean matrixNamed = spec.commandLine().getParseResult().hasMatchedOption("--matrix");
        if (matrixNamed) {
            InputFiles.requireReadable(matrix, "matrix results");
        }
        History h = History.build(kmcheck.specs(), check, campaigns);
        spec.commandLine().getOut().print(markdown ? h.markdown() : h.text());
        spec.commandLine().getOut().print(FullMatrixSection.render(matrix, markdown));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
