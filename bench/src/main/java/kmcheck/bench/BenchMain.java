package kmcheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code make bench}: the command line of {@link ReplayBench}, on Picocli like the kmcheck
 * subcommands.  Options left out keep ReplayBench's defaults.
 *
 * <pre>
 * java -jar bench/target/kmcheck-bench.jar --specs specs --out BENCHMARKS.md
 * </pre>
 */
@Command(name = "kmcheck-bench", mixinStandardHelpOptions = true,
        description = "Replay throughput in process versus one plain TLC launch per trace; replay --jobs N "
                + "versus --jobs 1; random versus coverage-guided campaigns; the greedy story as rates.")
public final class BenchMain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--traces", description = "controlled km1.68 traces to generate (default 200)")
    Integer traces;
    @Option(names = "--decisions", description = "scheduling decisions per trace (default 100)")
    Integer decisions;
    @Option(names = "--warmup", description = "unmeasured replay rounds (default 5)")
    Integer warmup;
    @Option(names = "--rounds", description = "measured replay rounds (default 5)")
    Integer rounds;
    @Option(names = "--tlc-sample", description = "traces also checked by plain TLC (default 10)")
    Integer tlcSample;
    @Option(names = "--specs", description = "the specs directory (default specs)")
    Path specs;
    @Option(names = "--out", description = "Markdown file whose ReplayBench and CampaignBench sections are replaced")
    Path out;
    @Option(names = "--seeds", defaultValue = "20", description = "campaign seeds per buggy revision (default ${DEFAULT-VALUE})")
    int seeds;
    @Option(names = "--max-tries", defaultValue = "300", description = "tries before a campaign gives up (default ${DEFAULT-VALUE})")
    int maxTries;
    @Option(names = "--coverage-tries", defaultValue = "1000", description = "tries of each correct revision whose coverage is measured (default ${DEFAULT-VALUE})")
    int coverageTries;
    @Option(names = "--story-seeds", defaultValue = "100", description = "greedy-story seeds per revision and bound (default ${DEFAULT-VALUE})")
    int storySeeds;
    @Option(names = "--jobs", description = "the replay --jobs N compared with --jobs 1 (default 2; 0: not run)")
    int jobs = 2;
    @Option(names = "--jobs-traces", description = "traces per revision for the --jobs comparison (default 150)")
    int jobsTraces = 150;
    @Option(names = "--part", split = ",", description = "which benchmarks: replay, jobs, campaign, story (default all)")
    List<String> parts = List.of("replay", "jobs", "campaign", "story");

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>();
        add(args, "--traces", traces);
        add(args, "--decisions", decisions);
        add(args, "--warmup", warmup);
        add(args, "--rounds", rounds);
        add(args, "--tlc-sample", tlcSample);
        add(args, "--specs", specs);
        add(args, "--out", out);
        if (parts.contains("replay")) {
            ReplayBench.main(args.toArray(String[]::new));
        }
        if (parts.contains("jobs") && jobs > 0) {
            ParallelReplayBench.run(specs == null ? Path.of("specs") : specs, out,
                    jobsTraces, decisions == null ? 100 : decisions, jobs,
                    "java -jar bench/target/kmcheck-bench.jar " + String.join(" ", spec.commandLine().getParseResult()
                            .originalArgs()));
        }
        if (parts.contains("story")) {
            StoryBench.run(specs == null ? Path.of("specs") : specs, out == null ? Path.of("BENCHMARKS.md") : out,
                    storySeeds);
        }
        if (parts.contains("campaign")) {
            CampaignBench.run(specs == null ? Path.of("specs") : specs, out == null ? Path.of("BENCHMARKS.md") : out, seeds,
                maxTries, coverageTries);
        }
        return 0;
    }

    private static void add(List<String> args, String name, Object value) {
        if (value != null) {
            args.add(name);
            args.add(value.toString());
        }
    }
}
