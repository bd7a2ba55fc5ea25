package kmcheck.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kmcheck.jobs.InOrder;
import kmcheck.model.Constants;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.Divergence;
import kmcheck.replay.ReplayException;

/**
 * A conformance campaign: for each revision, controlled runs of the Java model under random
 * schedules ({@link Schedule#random}), every trace replayed against specs/ with TLC.  A
 * correct revision must conform on every run; a buggy one is run until the first violation,
 * whose trace is kept as the witness.
 *
 * <p>Run {@code t} of a revision always has the {@code t}-th schedule drawn from the seed, however
 * the runs are spread: over {@code jobs} threads ({@link InOrder}, each with its own
 * {@link Conformer}, so its own TLCs) and over shards ({@link Shard}: this campaign makes only its
 * shard's runs). Results are taken in run order, so the first violation, the counts, the witness
 * and the progress lines are those of one thread.
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

    public Campaign(Path specsDir, int jobs, Path witnessDir) {
        this.specsDir = specsDir;
        this.jobs = jobs;
        this.witnessDir = witnessDir;
    }

    /** One run to make: revision {@code rev} (its index in the list), run {@code tryNumber}. */
    private record Item(int rev, int tryNumber, Schedule schedule) {
    }

    /** What a run showed: conforms, or the violation, its witness length and trace. */
    private record Outcome(boolean skipped, boolean conforms, String what, long witness, List<String> trace) {
        static final Outcome SKIPPED = new Outcome(true, false, null, 0, null);
        static final Outcome CONFORMS = new Outcome(false, true, null, 0, null);
    }

    /**
     * Every revision in order, up to {@code tries} runs each (all of them for a correct one), this
     * shard's runs only; {@code expected} maps each revision to the invariant expected.tsv says it
     * violates, or "-". {@code progress} hears one line per revision.
     */
    public List<RevisionResult> runAll(List<String> revisions, Map<String, String> expected, int tries, long seed,
                                       Shard shard, Consumer<String> progress) throws Exception {
        List<Item> items = new ArrayList<>();
        for (int r = 0; r < revisions.size(); r++) {
            Random random = new Random(seed);
            for (int t = 1; t <= tries; t++) {
                Schedule s = Schedule.random(random); // drawn for every run, so run t is the same in any shard
                if (shard.includes(t)) {
                    items.add(new Item(r, t, s));
                }
            }
        }
        Set<Integer> caught = ConcurrentHashMap.newKeySet();
        Tally tally = new Tally(revisions, expected, shard.size(tries), progress);
        new InOrder<Conformer>(jobs, () -> new Conformer(specsDir)).run(items,
                (conformer, item) -> caught.contains(item.rev()) ? Outcome.SKIPPED
                        : run(conformer, revisions.get(item.rev()), item.schedule()),
                (i, outcome) -> {
                    Item item = items.get(i);
                    if (!outcome.skipped() && tally.add(item, outcome)) {
                        caught.add(item.rev());
                    }
                    return true;
                });
        return tally.finish();
    }

    private static Outcome run(Conformer conformer, String revision, Schedule schedule) throws ReplayException,
            kmcheck.replay.NoSuchModelException, kmcheck.check.ExpectedTableException {
        ControlledRun run;
        try {
            run = conformer.run(Constants.defaults().revision(revision).build(), schedule, DECISIONS);
        } catch (ConstantsRejectedException e) {
            // the campaign's constants are kmcheck's own defaults: a rejection is our bug
            throw new ReplayException("the spec rejects the campaign's constants: " + e.getMessage(), e);
        }
        if (run.conforms()) {
            return Outcome.CONFORMS;
        }
        Divergence d = run.report().divergence().orElseThrow();
        return new Outcome(false, false, d.violatedInvariant().orElse(d.kind().toString()), run.witnessSteps(),
                run.trace().subList(0, (int) run.witnessSteps() + 2));
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
            if (o.conforms()) {
                conforming++;
                if (made == perRevision) {
                    close(Optional.empty());
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
        }
    }
}
