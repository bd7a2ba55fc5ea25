package kmcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kmcheck.campaign.Campaign;
import kmcheck.campaign.CampaignTable;
import kmcheck.campaign.RevisionResult;
import kmcheck.campaign.RunSettings;
import kmcheck.campaign.Shard;
import kmcheck.campaign.Steering;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelEntry;
import kmcheck.check.VerdictKind;
import kmcheck.trace.TraceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck campaign}: the Java model of every revision under random controlled schedules,
 * each trace replayed against specs/ with TLC.  A correct revision (its _small model expected
 * ok) must conform on every run; a buggy one is run until TLC finds the violation, and its
 * witness trace is kept.  Writes campaign.tsv (for 'kmcheck history') and traces/.
 */
@Command(name = "campaign", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the Java model of each revision under random schedules and replay every trace "
                + "against the spec: correct revisions must conform, buggy ones must be caught.",
        footer = {"%nExamples:", "  kmcheck campaign --tries 300 -o out     # out/campaign.tsv, out/traces/",
            "  kmcheck campaign --revision km1.66 --tries 50 --seed 7 -o out",
            "  kmcheck campaign --directed --revision km1.38 --tries 10 -o out   # along TLC's path to the bug",
            "  kmcheck campaign --stale-guards --revision km1.68 -o out   # preempted between choice and act",
            "  kmcheck campaign --cover --revision km1.68 --tries 3000 -o out   # spec coverage",
            "  kmcheck campaign --jobs 2 --shard 2/4 -o out/shard2   # one of 4 CI jobs; then kmcheck history"})
final class CampaignCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Option(names = "--revision", paramLabel = "ID", completionCandidates = RevisionIds.class, description = "Only these revisions (default: all).")
    private List<String> revisions = new ArrayList<>();

    @Option(names = "--tries", paramLabel = "N", defaultValue = "300",
            description = "Runs per revision (default ${DEFAULT-VALUE}); a buggy one stops at its first violation.")
    private int tries;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the schedules (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--guided", description = "Steer each run towards spec transitions no earlier run took "
            + "(coverage-guided) instead of drawing random schedules; one job, not sharded.")
    private boolean guided;

    @Option(names = "--directed", description = "Steer each run of a buggy revision along TLC's shortest path "
            + "to a state that breaks the invariant expected.tsv names for it (guided where there is none, "
            + "and for correct revisions); one job, not sharded.")
    private boolean directed;

    @Option(names = "--cover", description = "Steer each run first to one spec transition no earlier run took, "
            + "drawn at random (an interrupt's while any is left), then as --guided: runs spread over the whole "
            + "reachable graph, for spec coverage; one job, not sharded.")
    private boolean cover;

    @Option(names = "--stale-guards", description = "Let each process be preempted between choosing pool_get or "
            + "pool_put and making it, as real threads may, so that the pool's re-checks of a guard gone stale run "
            + "(MAXUSE reached, the km mutex taken across steps); the same seed gives other schedules.")
    private boolean staleGuards;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "full", converter = LevelConverter.class,
            description = "What the traces log: full or kernel (specs/TRACE.md#levels). Default ${DEFAULT-VALUE}.")
    private TraceLevel level;

    @Option(names = "--constants", paramLabel = "MODEL", description = "Run the Java model with the constants "
            + "of this model of specs/expected.tsv (e.g. km168_wake); default: the small models'.")
    private String constants;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Runs on N threads, each "
            + "with its own TLC per model (default ${DEFAULT-VALUE}); the results are the same for any N.")
    private int jobs;

    @Option(names = "--shard", paramLabel = "I/N", description = "Only shard I of N: the runs t with "
            + "(t - 1) mod N = I - 1, each with the schedule it has in the whole campaign; 'kmcheck history' "
            + "merges the N results files (default: the whole campaign).")
    private String shard;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Where campaign.tsv and the witness traces (traces/) go.")
    private Path out;

    /** The --constants model, if any; an unknown name is a usage error with suggestions. */
    private Optional<ModelEntry> constantsModel(ExpectedTable table) {
        if (constants == null) {
            return Optional.empty();
        }
        return Optional.of(table.models().stream()
                .filter(m -> m.name().equals(constants) || m.name().endsWith("_" + constants)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--constants: unknown model '" + constants
                        + "'" + (table.suggestions(constants).isEmpty() ? ""
                        : "; did you mean " + String.join(", ", table.suggestions(constants)) + "?"))));
    }

    @Override
    public Integer call() throws Exception {
        if (tries < 1) {
            throw new ParameterException(spec.commandLine(), "--tries must be at least 1, not " + tries);
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        Steering steering = directed ? Steering.DIRECTED : guided ? Steering.GUIDED : cover ? Steering.COVERING
                : Steering.RANDOM;
        String option = directed ? "--directed" : guided ? "--guided" : "--cover";
        if ((guided ? 1 : 0) + (directed ? 1 : 0) + (cover ? 1 : 0) > 1) {
            throw new ParameterException(spec.commandLine(), "--guided, --directed and --cover: choose one "
                    + "(--directed is guided where the revision has no expected violation)");
        }
        if (steering != Steering.RANDOM && (level != TraceLevel.FULL || jobs != 1 || shard != null)) {
            throw new ParameterException(spec.commandLine(), option
                    + " steers by the full state of every earlier run: it needs --level full, --jobs 1 and no --shard");
        }
        Shard slice;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
        }
        ExpectedTable table = ExpectedTable.load(kmcheck.specs());
        List<String> all = ExpectedTable.REVISIONS;
        for (String r : revisions) {
            if (!all.contains(r)) {
                throw new BadInputException("unknown revision '" + r + "': one of " + String.join(", ", all));
            }
        }
        List<String> chosen = revisions.isEmpty() ? all : revisions;
        // each revision's _small model says what its runs must show: nothing, or that invariant
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        for (ModelEntry m : table.models()) {
            if (m.name().endsWith("_small") && m.revision() != null) {
                expected.put(m.revision(), m.expected().kind() == VerdictKind.OK ? "-" : m.expected().property());
            }
        }
        Optional<ModelEntry> model = constantsModel(table);
        RunSettings runs = new RunSettings(steering, level, model.map(ModelEntry::name), staleGuards);
        List<RevisionResult> results = new Campaign(kmcheck.specs(), jobs, out.resolve("traces"), runs.steering(),
                runs.level(), model.map(m -> m.cfg(kmcheck.specs())).orElse(null), runs.staleGuards())
                .runAll(chosen, expected, tries, seed, slice, line -> {
                    spec.commandLine().getOut().println(line);
                    spec.commandLine().getOut().flush();
                });
        CampaignTable.write(out.resolve("campaign.tsv"), results, seed, slice, tries, runs);
        // a shard need not catch a buggy revision: another may; the merged results ('kmcheck history') say
        List<String> unexpected = results.stream()
                .filter(r -> !r.asExpected() && !(slice.count() > 1 && !r.correct() && r.first().isEmpty()))
                .map(RevisionResult::revision).toList();
        if (!unexpected.isEmpty()) {
            spec.commandLine().getOut().println("not as expected: " + String.join(", ", unexpected));
            return ExitCode.VIOLATION;
        }
        return ExitCode.OK;
    }
}
