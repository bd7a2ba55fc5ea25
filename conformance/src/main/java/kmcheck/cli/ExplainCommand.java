package kmcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelEntry;
import kmcheck.check.TlcOutputParser;
import kmcheck.check.VerdictKind;
import kmcheck.explain.ExplainInputException;
import kmcheck.explain.Explainer;
import kmcheck.explain.WriteUps;
import kmcheck.check.Verdict;
import kmcheck.matrix.Cell;
import kmcheck.matrix.MatrixPlan;
import kmcheck.matrix.MatrixRunner;
import kmcheck.scratch.Scratch;
import kmcheck.util.DeleteTree;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck explain}: TLC's counterexample of a model as the step table of its write-up
 * (kmcheck.explain); {@code --write} puts it into specs/counterexamples/MODEL.md between the
 * markers, {@code --check} exits 1 when a write-up's table is not what TLC prints now.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run TLC on a model expected to fail and print its counterexample as a step table: "
                + "the state's number, the actor, the action, the kernel function the spec cites above the "
                + "action, and what changed.",
            "With --write or --check, the tables of specs/counterexamples/MODEL.md (between the markers)."},
        footer = {"%nExamples:", "  kmcheck explain km168_overrun",
            "  kmcheck explain --all --check      # every write-up's table is TLC's",
            "  kmcheck explain --write km177_small"})
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..*",
            description = "Models of expected.tsv expected to fail, by name (km168_overrun or MCPoolSlowdown_km168_overrun).")
    private List<String> models = new ArrayList<>();

    @Option(names = "--all", description = "Every model with a write-up in specs/counterexamples/.")
    private boolean all;

    @Option(names = "--cell", paramLabel = "REVISION:PROPERTY",
            description = "A cell of the full matrix (specs/matrix.tsv) instead, e.g. km1.77:NoBadIntrFailInv.")
    private String cell;

    @ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--write", description = "Regenerate the tables of the models' write-ups.")
        boolean write;

        @Option(names = "--check", description = "Exit 1 if a write-up's table differs from TLC's.")
        boolean check;
    }

    @Override
    public Integer call() throws Exception {
        Path specs = kmcheck.specs();
        if (cell != null) {
            return explainCell(specs);
        }
        if (all == !models.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name the MODELs or give --all, not both or neither");
        }
        ExpectedTable table = ExpectedTable.load(specs);
        List<ModelEntry> selected = table.select(all ? WriteUps.models(specs) : models, true);
        for (ModelEntry m : selected) {
            if (!m.expected().kind().namesProperty() && m.expected().kind() != VerdictKind.DEADLOCK) {
                throw new BadInputException(m.name() + ": expected.tsv expects ok (line " + m.line()
                        + "): TLC prints no counterexample to explain");
            }
            if ((mode.write || mode.check) && !Files.isRegularFile(WriteUps.of(specs, m.name()))) {
                throw new BadInputException(WriteUps.of(specs, m.name()) + ": no write-up of " + m.name());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCode.OK;
        for (ModelEntry m : selected) {
            err.println(m.name() + ": running TLC (one worker)");
            err.flush();
            Explainer.Explanation e = explain(specs, m, err);
            if (!e.asExpected() || e.table() == null) {
                out.printf("%s: TLC says %s, expected.tsv expects %s: no table%n", m.name(), e.outcome().verdict(),
                        m.expected());
                code = ExitCode.VIOLATION;
                continue;
            }
            Path file = WriteUps.of(specs, m.name());
            if (mode.write) {
                Files.writeString(file, WriteUps.replace(file, e.markdown()));
                out.println("wrote " + file);
            } else if (mode.check) {
                String now = WriteUps.generated(file);
                if (now.equals(e.markdown())) {
                    out.println(file + ": the table is TLC's");
                } else {
                    out.println(file + ": STALE: " + firstDifference(now, e.markdown())
                            + "; kmcheck explain --write " + m.name() + " regenerates it");
                    code = ExitCode.VIOLATION;
                }
            } else {
                out.print(e.markdown());
            }
            out.flush();
        }
        return code;
    }

    /** The counterexample of one matrix cell, which must be expected to fail or have failed. */
    private int explainCell(Path specs) throws Exception {
        if (all || !models.isEmpty() || mode.write || mode.check) {
            throw new ParameterException(spec.commandLine(), "--cell goes alone: no MODEL, --all, --write or --check");
        }
        int colon = cell.indexOf(':');
        String revision = colon < 0 ? cell : cell.substring(0, colon);
        String property = colon < 0 ? "" : cell.substring(colon + 1);
        MatrixPlan plan = MatrixPlan.load(specs);
        Cell c = plan.cells().stream().filter(x -> x.revision().equals(revision) && x.property().equals(property))
                .findFirst().orElseThrow(() -> new BadInputException("--cell " + cell + ": no such cell in "
                        + specs.resolve(MatrixPlan.FILE_NAME) + " (REVISION:PROPERTY, e.g. km1.77:NoBadIntrFailInv)"));
        if (c.expected() == Cell.Expected.NOT_APPLICABLE) {
            throw new BadInputException(specs.resolve(MatrixPlan.FILE_NAME) + ":" + c.line() + ": " + revision + " × "
                    + property + " does not apply: " + c.why());
        }
        Path dir = Scratch.newDirectory("explain");
        try {
            Path cfg = new MatrixRunner(specs, 1, s -> { }).writeConfig(c, dir);
            PrintWriter err = spec.commandLine().getErr();
            err.println(cell + ": running TLC (one worker)");
            err.flush();
            String subject = revision + " × " + property + " (specs/matrix.tsv, the bounds of `" + c.base() + ".cfg`)";
            Verdict failing = c.check() == Cell.Check.INVARIANT ? Verdict.invariant(property) : Verdict.property(property);
            Explainer.Explanation e;
            try {
                e = Explainer.explain(specs, ExpectedTable.load(specs).find(c.base()).orElseThrow().module(), cfg,
                        subject, failing, progress(null, err));
            } catch (ExplainInputException x) {
                throw new BadInputException(x.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!e.asExpected() || e.table() == null) {
                out.printf("%s: TLC says %s: no counterexample%n", cell, e.outcome().verdict());
                out.flush();
                return ExitCode.VIOLATION;
            }
            out.print(e.markdown());
            out.flush();
            return ExitCode.OK;
        } finally {
            DeleteTree.quietly(dir);
        }
    }

    private static Explainer.Explanation explain(Path specs, ModelEntry m, PrintWriter err) throws Exception {
        try {
            return Explainer.explain(specs, m, progress(m, err));
        } catch (ExplainInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static TlcOutputParser.ProgressSink progress(ModelEntry m, PrintWriter err) {
        return (level, generated, distinct, queue) -> {
            err.printf("%s: %,d distinct states, level %d%n", m == null ? "explain" : m.name(), distinct, level);
            err.flush();
        };
    }

    /** Where two texts first differ, as "line N: written ... / TLC ...". */
    private static String firstDifference(String written, String tlc) {
        List<String> a = written.lines().toList();
        List<String> b = tlc.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end)";
            String y = i < b.size() ? b.get(i) : "(end)";
            if (!x.equals(y)) {
                return "generated line " + (i + 1) + " is \"" + x + "\", TLC's is \"" + y + "\"";
            }
        }
        return "they differ in line endings";
    }
}
