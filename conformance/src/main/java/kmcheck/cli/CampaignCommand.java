package kmcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.campaign.Campaign;
import kmcheck.campaign.CampaignTable;
import kmcheck.campaign.Conformer;
import kmcheck.campaign.RevisionResult;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelEntry;
import kmcheck.check.VerdictKind;
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
            "  kmcheck campaign --revision km1.66 --tries 50 --seed 7 -o out"})
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

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Where campaign.tsv and the witness traces (traces/) go.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (tries < 1) {
            throw new ParameterException(spec.commandLine(), "--tries must be at least 1, not " + tries);
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
        List<RevisionResult> results;
        try (Conformer conformer = new Conformer(kmcheck.specs())) {
            results = new Campaign(conformer, out.resolve("traces"))
                    .runAll(chosen, expected, tries, seed, line -> {
                        spec.commandLine().getOut().println(line);
                        spec.commandLine().getOut().flush();
                    });
        }
        CampaignTable.write(out.resolve("campaign.tsv"), results);
        List<String> unexpected = results.stream().filter(r -> !r.asExpected()).map(RevisionResult::revision).toList();
        if (!unexpected.isEmpty()) {
            spec.commandLine().getOut().println("not as expected: " + String.join(", ", unexpected));
            return ExitCode.VIOLATION;
        }
        return ExitCode.OK;
    }
}
