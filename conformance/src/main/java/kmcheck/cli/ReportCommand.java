package kmcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.explain.ExplainInputException;
import kmcheck.report.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kmcheck report}: the one page for reviewers (kmcheck.report), from the files make check writes. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write one self-contained HTML page (no network): the annals, the full matrix, every "
                + "counterexample table, the plots as inline SVG, the NoBadIntrFail boundary as a coloured grid "
                + "and the conformance campaign.",
            "A result file that is missing makes its section say so."},
        footer = {"%nExamples:", "  kmcheck report -o out/report.html             # after make check",
            "  kmcheck report -o r.html out/story/km1.68.ndjson"})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The page to write (.html).")
    private Path output;

    @Option(names = "--check", paramLabel = "FILE", defaultValue = "out/check.tsv",
            description = "Results of 'kmcheck check --results' (default: ${DEFAULT-VALUE}).")
    private Path check;

    @Option(names = "--campaign", paramLabel = "FILE", defaultValue = "out/campaign.tsv",
            description = "Results of 'kmcheck campaign' (default: ${DEFAULT-VALUE}).")
    private Path campaign;

    @Option(names = "--matrix", paramLabel = "FILE", defaultValue = "out/matrix.tsv",
            description = "Results of 'kmcheck matrix --results' (default: ${DEFAULT-VALUE}).")
    private Path matrix;

    @Parameters(paramLabel = "TRACE", arity = "0..*",
            description = "Traces to plot (default: out/story/*.ndjson, the story make check simulates).")
    private List<Path> traces = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path dir = output.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new BadInputException("output " + output + ": no such directory " + dir);
        }
        List<Path> plotted = new ArrayList<>(traces);
        if (plotted.isEmpty() && Files.isDirectory(Path.of("out", "story"))) {
            try (var files = Files.list(Path.of("out", "story"))) {
                files.filter(p -> p.toString().endsWith(".ndjson")).sorted().forEach(plotted::add);
            }
        }
        for (Path t : traces) {
            InputFiles.requireReadable(t, "trace");
        }
        String page;
        try {
            page = ReportPage.render(new ReportPage.Inputs(kmcheck.specs(), check, campaign, matrix, plotted,
                    String.join("; ", new VersionProvider().getVersion())));
        } catch (ExplainInputException e) {
            throw new BadInputException(e.getMessage());
        }
        OutputFiles.write(output, page);
        spec.commandLine().getOut().println("wrote " + output);
        return ExitCode.OK;
    }
}
