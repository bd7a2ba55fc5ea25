package kmcheck.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import kmcheck.coverage.CoverageReport;
import kmcheck.model.Constants;
import kmcheck.trace.TraceLevel;
import kmcheck.replay.Divergence;
import kmcheck.check.ExpectedTableException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;

/**
 * A conformance campaign: for each revision, controlled runs of the Java model under random
 * schedules ({@link Schedule#random}) or schedules steered by spec coverage ({@link Guide}),
 * every trace replayed against specs/ with TLC.  A
 * correct revision must conform on every run; a buggy one is run until the first violation,
 * whose trace is kept as the witness.
 *
 * <p>Not thread-safe; a campaign runs on its caller's thread.
 */
public final class Campaign {
    /** scheduling decisions per run, as in the jqwik properties */
    public static final long DECISIONS = 120;

    private final Conformer conformer;
    /** where witness traces go, or null */
    private final Path witnessDir;
    /** schedules steered by spec coverage ({@link Guide}) instead of drawn at random */
    private final boolean guided;
    /** what the traces log */
    private final TraceLevel level;
    /** the model file whose constants the runs use, or null for MCPoolSlowdown_km168_small's (the defaults) */
    private final Path constants;

    public Campaign(Conformer conformer, Path witnessDir, boolean guided) {
        this(conformer, witnessDir, guided, TraceLevel.FULL);
    }

    /** A campaign whose traces log level's variables; guided schedules need full traces. */
    public Campaign(Conformer conformer, Path witnessDir, boolean guided, TraceLevel level) {
        this(conformer, witnessDir, guided, level, null);
    }

    /** As above, the runs with the constants of the model file {@code constants} (null: the defaults). */
    public Campaign(Conformer conformer, Path witnessDir, boolean guided, TraceLevel level, Path constants) {
        if (guided && level != TraceLevel.FULL) {
            throw new IllegalArgumentException("guided schedules steer by the full state: level " + level);
        }
        this.conformer = conformer;
        this.witnessDir = witnessDir;
        this.guided = guided;
        this.level = level;
        this.constants = constants;
    }

    /**
     * Up to tries runs of revision (all of them if it is correct), schedules drawn from seed.
     * {@code expected} is the invariant expected.tsv says the revision violates, {@code "-"} for a
     * correct one. progress hears one line per revision.
     */
    public RevisionResult run(String revision, String expected, int tries, long seed, Consumer<String> progress)
            throws ReplayException, NoSuchModelException, ExpectedTableException, IOException {
        boolean correct = expected.equals("-");
        Constants k = constants == null ? Constants.defaults().revision(revision).build()
                : ModelConstants.of(constants, revision);
        Random random = new Random(seed);
        int conforming = 0;
        ControlledRun run = null;
        for (int t = 1; t <= tries; t++) {
            try {
                run = guided ? conformer.runGuided(k, random, DECISIONS)
                        : conformer.run(k, Schedule.random(random), DECISIONS, level);
            } catch (kmcheck.replay.ConstantsRejectedException e) {
                // the campaign's constants are kmcheck's own defaults: a rejection is our bug
                throw new ReplayException("the spec rejects the campaign's constants: " + e.getMessage(), e);
            }
            if (run.conforms()) {
                conforming++;
                continue;
            }
            Divergence d = run.report().divergence().orElseThrow();
            String what = d.violatedInvariant().orElse(d.kind().toString());
            if (witnessDir != null) {
                Files.createDirectories(witnessDir);
                Files.write(witnessDir.resolve(revision + "-witness.ndjson"),
                        run.trace().subList(0, (int) run.witnessSteps() + 2));
            }
            RevisionResult r = new RevisionResult(revision, correct, expected, t, conforming,
                    Optional.of(new RevisionResult.Violation(t, what, run.witnessSteps())));
            progress.accept(revision + ": " + r.cell());
            return r;
        }
        RevisionResult r = new RevisionResult(revision, correct, expected, tries, conforming, Optional.empty());
        progress.accept(revision + ": " + r.cell());
        if (run != null && level == TraceLevel.FULL) {
            Optional<CoverageReport> c = conformer.coverage(run.trace());
            c.ifPresent(cov -> progress.accept("  spec coverage: " + cov));
        }
        return r;
    }

    /** Run every revision in order; {@code expected} maps each to its expected violation or "-". */
    public List<RevisionResult> runAll(List<String> revisions, java.util.Map<String, String> expected, int tries, long seed,
                                       Consumer<String> progress) throws ReplayException, NoSuchModelException, ExpectedTableException, IOException {
        List<RevisionResult> results = new ArrayList<>();
        for (String r : revisions) {
            results.add(run(r, expected.getOrDefault(r, "-"), tries, seed, progress));
        }
        return results;
    }
}
