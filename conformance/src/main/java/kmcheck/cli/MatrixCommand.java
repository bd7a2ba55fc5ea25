package kmcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.check.ExpectedTable;
import kmcheck.matrix.Cell;
import kmcheck.matrix.CellResult;
import kmcheck.matrix.MatrixPlan;
import kmcheck.matrix.MatrixResults;
import kmcheck.matrix.MatrixRunner;
import kmcheck.matrix.MatrixTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kmcheck matrix}: every revision × every property with TLC (kmcheck.matrix), against specs/matrix.tsv. */
@Command(name = "matrix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Model-check every revision against every invariant and liveness property of the spec, "
                + "one generated cfg per TLC run, and compare each cell with specs/matrix.tsv.",
            "About 4 minutes on 2 cores (make check runs it)."},
        footer = {"%nExamples:", "  kmcheck matrix --results out/matrix.tsv",
            "  kmcheck history                    # shows out/matrix.tsv below the annals"})
final class MatrixCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write the cells, tab-separated, to FILE (what 'kmcheck history' and 'kmcheck report' read).")
    private Path resultsFile;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Results of 'kmcheck check --results FILE' from this run: a group of cells that is exactly a "
                    + "model it found ok takes that verdict instead of running TLC again (make check passes it).")
    private Path checkResults;

    @Option(names = "--jobs", paramLabel = "N", description = "TLC runs at a time, one worker each (default: ${DEFAULT-VALUE}).")
    private int jobs = 2;

    @Option(names = "--revision", paramLabel = "ID", completionCandidates = RevisionIds.class,
            description = "Only the row of this revision (repeatable).")
    private List<String> revisions = new java.util.ArrayList<>();

    @Option(names = "--markdown", description = "Print the table as Markdown rather than aligned text.")
    private boolean markdown;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        if (resultsFile != null) {
            Path dir = resultsFile.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new BadInputException("--results " + resultsFile + ": no directory " + dir);
            }
        }
        for (String r : revisions) {
            if (!ExpectedTable.REVISIONS.contains(r)) {
                throw new BadInputException("--revision " + r + ": unknown revision (one of "
                        + String.join(", ", ExpectedTable.REVISIONS) + ")");
            }
        }
        java.util.Set<String> checkedOk = new java.util.HashSet<>();
        if (checkResults != null) {
            InputFiles.requireReadable(checkResults, "check results");
            checkedOk.addAll(OkModels.read(checkResults));
        }
        MatrixPlan plan = MatrixPlan.load(kmcheck.specs());
        if (!revisions.isEmpty()) {
            plan = plan.where(c -> revisions.contains(c.revision()));
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        MatrixRunner runner = new MatrixRunner(kmcheck.specs(), jobs, checkedOk, line -> {
            synchronized (err) {
                err.println("matrix: " + line);
                err.flush();
            }
        });
        long toRun = plan.cells().stream().filter(c -> c.expected() != Cell.Expected.NOT_APPLICABLE).count();
        // TLC says nothing until a run ends; a line every 10 s says the matrix is alive and how far
        java.util.concurrent.ScheduledExecutorService clock = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "matrix heartbeat");
                    t.setDaemon(true);
                    return t;
                });
        clock.scheduleAtFixedRate(() -> {
            synchronized (err) {
                err.printf("matrix: %d of %d cells decided, %.0f s%n", runner.decided(), toRun,
                        (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }, 10, 10, java.util.concurrent.TimeUnit.SECONDS);
        List<CellResult> results;
        try {
            results = runner.run(plan);
        } finally {
            clock.shutdownNow();
        }
        err.printf("matrix: %d cells in %.0f s%n", results.size(), (System.nanoTime() - start) / 1e9);
        if (resultsFile != null) {
            OutputFiles.write(resultsFile, MatrixResults.tsv(results));
        }
        MatrixTable table = MatrixTable.of(results);
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? table.markdown() : table.text());
        for (CellResult r : results) {
            if (!r.asExpected()) {
                out.printf("%nSURPRISE %s × %s: specs/matrix.tsv:%d expects %s, TLC says %s%s%n", r.cell().revision(),
                        r.cell().property(), r.cell().line(), r.cell().expected().word(), r.outcome().word(),
                        r.message().isEmpty() ? "" : " (" + r.message() + ")");
            }
        }
        out.flush();
        return table.surprises() == 0 ? ExitCode.OK : ExitCode.VIOLATION;
    }
}
