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
import kmcheck.check.Verdict;
import kmcheck.check.VerdictKind;
import kmcheck.explain.ExplainInputException;
import kmcheck.explain.Explainer;
import kmcheck.explain.WriteUps;
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
 * {@code kmcheck explain}: TLC's counterexample of a model, or of a cell of the full matrix, as the
 * step table of its write-up (kmcheck.explain); {@code --write} puts it into the write-up between the
 * markers, {@code --check} exits 1 when a write-up's table is not what TLC prints now.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run TLC on a model expected to fail, or on a failing cell of the full matrix, and print "
                + "its counterexample as a step table: the state's number, the actor, the action, the kernel "
                + "function the spec cites above the action, and what changed.",
            "With --write or --check, the tables of the write-ups in specs/counterexamples/ (between the markers)."},
        footer = {"%nExamples:", "  kmcheck explain km168_overrun",
            "  kmcheck explain km1.79:NoBadIntrFailInv     # a cell of specs/matrix.tsv",
            "  kmcheck explain --all --check               # every write-up's table is TLC's",
            "  kmcheck explain --write km177_small"})
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..*", completionCandidates = ModelNames.class,
            description = "Models of expected.tsv expected to fail (km168_overrun or MCPoolSlowdown_km168_overrun), "
                    + "or cells of specs/matrix.tsv as REVISION:PROPERTY.")
    private List<String> targets = new ArrayList<>();

    @Option(names = "--all", description = "Every target with a write-up in specs/counterexamples/.")
    private boolean all;

    @ArgGroup(exclusive = true)
    private Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--write", description = "Regenerate the tables of the targets' write-ups.")
        boolean write;

        @Option(names = "--check", description = "Exit 1 if a write-up's table differs from TLC's.")
        boolean check;
    }

    /** What to run TLC on, resolved and validated before any TLC runs. */
    private record Target(String name, ModelEntry model, Cell cell) {
    }

    @Override
    public Integer call() throws Exception {
        Path specs = kmcheck.specs();
        if (all == !targets.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name the TARGETs or give --all, not both or neither");
        }
        List<Target> resolved = resolve(specs, all ? WriteUps.targets(specs) : targets);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCode.OK;
        for (Target t : resolved) {
            err.println(t.name() + ": running TLC (one worker)");
            err.flush();
            Explainer.Explanation e = explain(specs, t, err);
            if (!e.asExpected() || e.table() == null) {
                out.printf("%s: TLC says %s, expected %s: no table%n", t.name(), e.outcome().verdict(), e.expected());
                code = ExitCode.VIOLATION;
                continue;
            }
            Path file = WriteUps.of(specs, t.name());
            if (mode.write) {
                Files.writeString(file, WriteUps.replace(file, e.markdown()));
                out.println("wrote " + file);
            } else if (mode.check) {
                String now = WriteUps.generated(file);
                if (now.equals(e.markdown())) {
                    out.println(file + ": the table is TLC's");
                } else {
                    out.println(file + ": STALE: " + firstDifference(now, e.markdown())
                            + "; kmcheck explain --write " + t.name() + " regenerates it");
                    code = ExitCode.VIOLATION;
                }
            } else {
                out.print(e.markdown());
            }
            out.flush();
        }
        return code;
    }

    private List<Target> resolve(Path specs, List<String> names) throws Exception {
        ExpectedTable table = ExpectedTable.load(specs);
        List<String> models = names.stream().filter(n -> !n.contains(":")).toList();
        List<Target> out = new ArrayList<>();
        for (ModelEntry m : models.isEmpty() ? List.<ModelEntry>of() : table.select(models, true)) {
            if (m.expected().kind() == VerdictKind.OK) {
                throw new BadInputException(specs.resolve(ExpectedTable.FILE_NAME) + ":" + m.line() + ": " + m.name()
                        + " is expected ok: TLC prints no counterexample to explain");
            }
            out.add(new Target(m.name(), m, null));
        }
        MatrixPlan plan = names.size() == models.size() ? null : MatrixPlan.load(specs);
        for (String n : names) {
            if (!n.contains(":")) {
                continue;
            }
            String revision = n.substring(0, n.indexOf(':'));
            String property = n.substring(n.indexOf(':') + 1);
            Cell c = plan.cells().stream().filter(x -> x.revision().equals(revision) && x.property().equals(property))
                    .findFirst().orElseThrow(() -> new BadInputException(n + ": no such cell in "
                            + specs.resolve(MatrixPlan.FILE_NAME) + " (REVISION:PROPERTY, e.g. km1.79:NoBadIntrFailInv)"));
            if (c.expected() != Cell.Expected.FAILS) {
                throw new BadInputException(specs.resolve(MatrixPlan.FILE_NAME) + ":" + c.line() + ": " + revision
                        + " × " + property + " is expected " + c.expected().word() + ": no counterexample to explain");
            }
            out.add(new Target(n, null, c));
        }
        for (Target t : out) {
            if ((mode.write || mode.check) && !Files.isRegularFile(WriteUps.of(specs, t.name()))) {
                throw new BadInputException(WriteUps.of(specs, t.name()) + ": no write-up of " + t.name());
            }
        }
        return out;
    }

    private static Explainer.Explanation explain(Path specs, Target t, PrintWriter err) throws Exception {
        TlcOutputParser.ProgressSink progress = (level, generated, distinct, queue) -> {
            err.printf("%s: %,d distinct states, level %d%n", t.name(), distinct, level);
            err.flush();
        };
        try {
            if (t.model() != null) {
                return Explainer.explain(specs, t.model(), progress);
            }
            Cell c = t.cell();
            Path dir = Scratch.newDirectory("explain");
            try {
                Path cfg = new MatrixRunner(specs, 1, java.util.Set.of(), s -> { }).writeConfig(c, dir);
                String subject = c.revision() + " × " + c.property() + " (specs/matrix.tsv; the bounds of `"
                        + c.base() + ".cfg`)";
                Verdict failing = c.check() == Cell.Check.INVARIANT
                        ? Verdict.invariant(c.property()) : Verdict.property(c.property());
                return Explainer.explain(specs, ExpectedTable.load(specs).find(c.base()).orElseThrow().module(), cfg,
                        subject, failing, progress);
            } finally {
                DeleteTree.quietly(dir);
            }
        } catch (ExplainInputException e) {
            throw new BadInputException(e.getMessage());
        }
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
