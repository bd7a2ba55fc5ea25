package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kmcheck.check.ExpectedTableException;
import kmcheck.coverage.Coverage;
import kmcheck.jobs.InOrder;
import kmcheck.config.Constants;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.Divergence;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.StateSpace;
import kmcheck.trace.TraceLevel;

/**
 * A conformance campaign: for each revision, controlled runs of the Java model under random
 * schedules ({@link Schedule#random}), schedules steered by spec coverage ({@link Guide},
 * {@link ScheduleCorpus}), each to one transition no run took, or directed to the revision's
 * expected violation ({@link Steering}),
 * every trace replayed against specs/ with TLC.  A correct revision must
 * conform on every run; a buggy one is run until the first violation, whose trace is kept as the
 * witness.
 *
 * <p>Run {@code t} of a revision always has the {@code t}-th schedule drawn from the seed, however
 * the runs are spread: over {@code jobs} threads ({@link InOrder}, each with its own
 * {@link Conformer}, so its own TLCs) and over shards ({@link Shard}: this campaign makes only its
 * shard's runs). Results are taken in run order, so the first violation, the counts, the witness
 * and the progress lines are those of one thread; so is the spec coverage of a correct revision,
 * merged from its runs in order. Guided and directed runs steer by what the earlier runs
 * visited, so they run on one thread and are not sharded.
 *
 * <p>Thread contract: {@link #runAll} is called by one thread, which alone calls {@code progress}
 * and writes witnesses; the job threads only run and replay.
 */
public final class Campaign {
    /** scheduling decisions per run, as in the jqwik properties */
    public static final long DECISIONS = 120;

    private final Path specsDir;
    private final int jobs;
    /** where witness traces go, or null */
    private final Path witnessDir;
    /** how each run's schedule is chosen */
    private final Steering steering;
    /** what the traces log */
    private final TraceLevel level;
    /** the model file whose constants the runs use, or null for MCPoolSlowdown_km168_small's (the defaults) */
    private final Path constants;
    /** processes preempted between a choice and its pool operation ({@link Conformer#Conformer(Path, Set, boolean)}) */
    private final boolean staleGuards;

    public Campaign(Path specsDir, int jobs, Path witnessDir) {
        this(specsDir, jobs, witnessDir, Steering.RANDOM, TraceLevel.FULL, null);
    }

    /**
     * A campaign whose traces log level's variables, with the constants of the model file
     * {@code constants} (null: the defaults); steered schedules need one job and full traces.
     */
    public Campaign(Path specsDir, int jobs, Path witnessDir, Steering steering, TraceLevel level, Path constants) {
        this(specsDir, jobs, witnessDir, steering, level, constants, false);
    }

    /**
     * As the six-argument campaign; with staleGuards each run's processes may be preempted between
     * choosing a pool operation and making it, so that the pool's re-checks run (runAll only:
     * {@link #runOne} runs with the caller's conformer).
     */
    public Campaign(Path specsDir, int jobs, Path witnessDir, Steering steering, TraceLevel level, Path constants,
                    boolean staleGuards) {
        if (steering != Steering.RANDOM && (jobs != 1 || level != TraceLevel.FULL)) {
            throw new IllegalArgumentException("guided schedules steer by the full state of every earlier run: "
                    + "one job, full traces (not " + jobs + " jobs, level " + level + ")");
        }
        this.specsDir = specsDir;
        this.jobs = jobs;
        this.witnessDir = witnessDir;
        this.steering = steering;
        this.level = level;
        this.constants = constants;
        this.staleGuards = staleGuards;
    }

    /** One run to make: revision {@code rev} (its index in the list), run {@code tryNumber}; no schedule if guided. */
    private record Item(int rev, int tryNumber, Schedule schedule) {
    }

    /**
     * What a run showed: conforms, or the violation, its witness length and trace; what its replay
     * matched; the model's reachable graph, on a revision's last run, for its coverage.
     */
    private record Outcome(boolean skipped, boolean conforms, String what, long witness, List<String> trace,
                           Coverage visited, StateSpace space, int abandoned) {
        static final Outcome SKIPPED = new Outcome(true, false, null, 0, null, null, null, -1);
    }

    /**
     * Every revision in order, up to {@code tries} runs each (all of them for a correct one), this
     * shard's runs only; {@code expected} maps each revision to the invariant expected.tsv says it
     * violates, or "-". {@code progress} hears one line per revision (and its spec coverage).
     */
    public List<RevisionResult> runAll(List<String> revisions, Map<String, String> expected, int tries, long seed,
                                       Shard shard, Consumer<String> progress) throws Exception {
        boolean guided = steering != Steering.RANDOM;
        if (guided && shard.count() > 1) {
            throw new IllegalArgumentException("guided runs steer by every earlier run: they cannot be sharded");
        }
        List<Item> items = new ArrayList<>();
        for (int r = 0; r < revisions.size(); r++) {
            Random random = new Random(seed);
            for (int t = 1; t <= tries; t++) {
                // drawn for every run, so run t is the same in any shard; guided runs draw as they go
                Schedule s = guided ? null : Schedule.random(random);
                if (shard.includes(t)) {
                    items.add(new Item(r, t, s));
                }
            }
        }
        Map<Integer, Random> guides = new HashMap<>();
        Set<Integer> caught = ConcurrentHashMap.newKeySet();
        Tally tally = new Tally(revisions, expected, shard.size(tries), progress);
        new InOrder<Conformer>(jobs, () -> new Conformer(specsDir, Set.of(), staleGuards)).run(items,
                (conformer, item) -> {
                    if (caught.contains(item.rev())) {
                        return Outcome.SKIPPED;
                    }
                    String revision = revisions.get(item.rev());
                    ControlledRun run = guided
                            ? run(conformer, revision, guides.computeIfAbsent(item.rev(), r -> new Random(seed)),
                                    expected.getOrDefault(revision, "-"))
                            : run(conformer, revision, item.schedule());
                    // a revision's last run brings the graph its runs' coverage is measured against
                    boolean last = level == TraceLevel.FULL && item.tryNumber() == tries;
                    return outcome(run, last ? conformer.stateSpace(run.trace()).orElse(null) : null,
                            last && steering == Steering.COVERING ? conformer.abandonedAims(run.trace()) : -1);
                },
                (i, outcome) -> {
                    Item item = items.get(i);
                    if (!outcome.skipped() && tally.add(item, outcome)) {
                        caught.add(item.rev());
                    }
                    return true;
                });
        return tally.finish();
    }

    /**
     * One revision's campaign on the calling thread with the caller's conformer, which stays
     * open (and remembers its visits: {@link Conformer#forgetVisits} to start afresh), for
     * benchmarks and tests that run many campaigns of one model. No witness is written.
     */
    public RevisionResult runOne(Conformer conformer, String revision, String expected, int tries, long seed)
            throws ReplayException, NoSuchModelException, ExpectedTableException, IOException {
        Random random = new Random(seed);
        int conforming = 0;
        for (int t = 1; t <= tries; t++) {
            ControlledRun run = steering != Steering.RANDOM ? run(conformer, revision, random, expected)
                    : run(conformer, revision, Schedule.random(random));
            if (run.conforms()) {
                conforming++;
                continue;
            }
            Outcome o = outcome(run, null, -1);
            return new RevisionResult(revision, expected.equals("-"), expected, t, conforming,
                    Optional.of(new RevisionResult.Violation(t, o.what(), o.witness())));
        }
        return new RevisionResult(revision, expected.equals("-"), expected, tries, conforming, Optional.empty());
    }

    private Constants constants(String revision) throws IOException {
        return constants == null ? Constants.defaults().revision(revision).build()
                : ModelConstants.of(constants, revision);
    }

    private ControlledRun run(Conformer conformer, String revision, Schedule schedule) throws ReplayException,
            NoSuchModelException, ExpectedTableException, IOException {
        try {
            return conformer.run(constants(revision), schedule, DECISIONS, level);
        } catch (ConstantsRejectedException e) {
            // the campaign's constants are kmcheck's own or a model's: a rejection is our bug
            throw new ReplayException("the spec rejects the campaign's constants: " + e.getMessage(), e);
        }
    }

    /** A guided or covering run, or a directed one towards expected (an invariant, or "-" for none). */
    private ControlledRun run(Conformer conformer, String revision, Random random, String expected)
            throws ReplayException, NoSuchModelException, ExpectedTableException, IOException {
        try {
            if (steering == Steering.DIRECTED && !expected.equals("-")) {
                return conformer.runDirected(constants(revision), random, DECISIONS, expected);
            }
            return steering == Steering.COVERING ? conformer.runCovering(constants(revision), random, DECISIONS)
                    : conformer.runGuided(constants(revision), random, DECISIONS);
        } catch (ConstantsRejectedException e) {
            throw new ReplayException("the spec rejects the campaign's constants: " + e.getMessage(), e);
        }
    }

    /** abandoned: the transitions covering runs were sent to and did not take, or -1 if not counted */
    private static Outcome outcome(ControlledRun run, StateSpace space, int abandoned) {
        if (run.conforms()) {
            return new Outcome(false, true, null, 0, null, run.visited(), space, abandoned);
        }
        Divergence d = run.report().divergence().orElseThrow();
        return new Outcome(false, false, d.violatedInvariant().orElse(d.kind().toString()), run.witnessSteps(),
                run.trace().subList(0, (int) Math.min(run.trace().size(), run.witnessSteps() + 2)), run.visited(),
                space, abandoned);
    }

    /** The results as the runs come in, in order; on the consumer's thread only. */
    private final class Tally {
        private final List<String> revisions;
        private final Map<String, String> expected;
        private final int perRevision;
        private final Consumer<String> progress;
        private final List<RevisionResult> done = new ArrayList<>();
        private int made;
        private int conforming;
        /** what the open revision's runs visited, merged in run order */
        private Coverage visited = new Coverage();

        Tally(List<String> revisions, Map<String, String> expected, int perRevision, Consumer<String> progress) {
            this.revisions = revisions;
            this.expected = expected;
            this.perRevision = perRevision;
            this.progress = progress;
        }

        /** Counts a run; true if it caught its revision (whose later runs are then skipped). */
        boolean add(Item item, Outcome o) throws java.io.IOException {
            if (item.rev() < done.size()) {
                return false; // a run of a revision caught earlier, already running when it was caught
            }
            closeUpTo(item.rev());
            made++;
            visited.addAll(o.visited());
            if (o.conforms()) {
                conforming++;
                if (made == perRevision) {
                    // measured before close() starts the next revision's visits
                    String coverage = o.space() == null ? null : "  spec coverage: " + visited.against(o.space())
                            + (o.abandoned() < 0 ? "" : String.format(java.util.Locale.ROOT,
                            "; given up: %,d transitions (each missed by %d covering runs)", o.abandoned(),
                            Conformer.AIM_TRIES));
                    close(Optional.empty());
                    if (coverage != null) {
                        progress.accept(coverage);
                    }
                }
                return false;
            }
            String revision = revisions.get(done.size());
            if (witnessDir != null) {
                Files.createDirectories(witnessDir);
                Files.write(witnessDir.resolve(revision + "-witness.ndjson"), o.trace());
            }
            close(Optional.of(new RevisionResult.Violation(item.tryNumber(), o.what(), o.witness())));
            return true;
        }

        List<RevisionResult> finish() {
            closeUpTo(revisions.size());
            return done;
        }

        /** Closes the revisions before {@code r} that are still open (a shard may have no run of one). */
        private void closeUpTo(int r) {
            while (done.size() < r) {
                close(Optional.empty());
            }
        }

        private void close(Optional<RevisionResult.Violation> first) {
            String revision = revisions.get(done.size());
            String exp = expected.getOrDefault(revision, "-");
            RevisionResult result = new RevisionResult(revision, exp.equals("-"), exp, made, conforming, first);
            done.add(result);
            progress.accept(revision + ": " + result.cell());
            made = 0;
            conforming = 0;
            visited = new Coverage();
        }
    }
}
