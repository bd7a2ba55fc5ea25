package kmcheck.conformance;

import java.io.IOException;
import java.nio.file.Path;
import kmcheck.campaign.Conformer;
import kmcheck.campaign.ControlledRun;
import kmcheck.campaign.Schedule;
import kmcheck.check.ExpectedTableException;
import kmcheck.config.Constants;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayReport;
import kmcheck.tracefile.TraceFormatException;

/**
 * The tests' one {@link Conformer} for the JVM, over the specs/ directory surefire names, so
 * that each revision's spec is parsed once for all tries.  Not thread-safe: jqwik runs the
 * tries of a property one after another.
 */
final class Conformance {
    /** the specs/ directory; surefire sets kmcheck.specs */
    static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    private static final Conformer CONFORMER = new Conformer(SPECS);

    private Conformance() {
    }

    /** Run revision with the default constants under the schedule, and replay its trace. */
    static ControlledRun run(String revision, Schedule schedule, long maxDecisions) {
        return run(revision, schedule, maxDecisions, kmcheck.trace.TraceLevel.FULL);
    }

    /** As {@link #run(String, Schedule, long)}, the trace written at level. */
    static ControlledRun run(String revision, Schedule schedule, long maxDecisions, kmcheck.trace.TraceLevel level) {
        try {
            return CONFORMER.run(Constants.defaults().revision(revision).build(), schedule, maxDecisions, level);
        } catch (ReplayException | NoSuchModelException | ExpectedTableException
                 | kmcheck.replay.ConstantsRejectedException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A coverage-guided run of revision with the default constants, ties drawn from random; replayed. */
    static ControlledRun runGuided(String revision, java.util.Random random, long maxDecisions) {
        try {
            return CONFORMER.runGuided(Constants.defaults().revision(revision).build(), random, maxDecisions);
        } catch (ReplayException | NoSuchModelException | ExpectedTableException
                 | kmcheck.replay.ConstantsRejectedException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** What the runs so far visited of the reachable graph of the model run's trace was replayed against. */
    static String coverage(ControlledRun run) {
        try {
            return CONFORMER.coverage(run.trace()).map(Object::toString).orElse("no replay");
        } catch (ReplayException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Forget what earlier runs visited: the next property's coverage and guidance start afresh. */
    static void forgetVisits() {
        CONFORMER.forgetVisits();
    }

    /** The invariant the revision's _small model must violate, from specs/expected.tsv. */
    static String expectedViolation(String revision) {
        try {
            return kmcheck.check.ExpectedTable.load(SPECS).models().stream()
                    .filter(m -> revision.equals(m.revision()) && m.name().endsWith("_small"))
                    .map(m -> m.expected().property())
                    .findFirst().orElseThrow(() -> new AssertionError("no _small model of " + revision));
        } catch (ExpectedTableException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Replay a trace file against the spec of its revision. */
    static ReplayReport replay(Path file) throws IOException {
        try (kmcheck.tracefile.TraceReader reader = kmcheck.tracefile.TraceReader.open(file)) {
            return CONFORMER.replay(reader);
        } catch (TraceFormatException | ReplayException | NoSuchModelException | ExpectedTableException
                 | kmcheck.replay.ConstantsRejectedException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
