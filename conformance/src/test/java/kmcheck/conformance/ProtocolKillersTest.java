package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kmcheck.campaign.Campaign;
import kmcheck.campaign.Conformer;
import kmcheck.campaign.RevisionResult;
import kmcheck.campaign.Steering;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelEntry;
import kmcheck.check.VerdictKind;
import kmcheck.trace.TraceLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance verdicts of every revision in seconds, reproducibly (fixed seeds): the tests
 * that mutation testing of the Java model runs for each mutant (`make mutants`, PIT). A mutant
 * of the km, pool or thread code survives only if all of them still hold:
 * <ul>
 * <li>the verdict: a correct revision conforms on 100 random and 60 coverage-guided runs; a
 * buggy one is caught by exactly the invariant expected.tsv names within 150 random runs, and
 * within 3 runs directed along TLC's shortest path to that invariant's violation;
 * <li>past the bug: every run of a buggy revision is a behaviour of its spec row to its last
 * step, the property it breaks left unchecked, so that the paths after the bug (and the runs
 * after the first catch) are held to the spec too;
 * <li>where sleepers wake: every revision under km168_wake's constants, where the reserve runs
 * empty and rounds wake getpage sleepers, which the small models' constants almost never reach;
 * <li>where guards go stale: the same constants, the processes preempted between choosing a pool
 * operation and making it, so that the pool's re-checks run.
 * </ul>
 */
class ProtocolKillersTest {
    private static final Path SPECS = Conformance.SPECS;
    /** conformers by the invariants they leave unchecked and stale guards; each keeps its loaded specs */
    private static final Map<Map.Entry<Set<String>, Boolean>, Conformer> CONFORMERS = new ConcurrentHashMap<>();
    private static final Path WAKE = SPECS.resolve("MCPoolSlowdown_km168_wake.cfg");
    /**
     * The one invariant km168_wake's constants may break in a correct revision: they are beyond
     * the NoBadIntrFail bound (2 processes + 1 interrupt > LOWAT 2; km168_wake does not check it).
     */
    private static final String BEYOND_THE_BOUND = "NoBadIntrFailInv";
    private static final long SEED = 11;
    /** directed runs a buggy revision gets: TLC's path leads the Java model to its bug */
    private static final int DIRECTED_TRIES = 3;

    static Stream<String> revisions() {
        return ExpectedTable.REVISIONS.stream();
    }

    static Stream<String> buggyRevisions() {
        return revisions().filter(r -> !expected(r).equals("-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void theRevisionsVerdictHolds(String revision) throws Exception {
        String expected = expected(revision);
        boolean correct = expected.equals("-");
        Map<Steering, Integer> tries = correct ? modes(100, 60) : modes(150, 0);
        if (!correct) {
            // the runs steered along TLC's path to the bug must reach it at once
            tries.put(Steering.DIRECTED, DIRECTED_TRIES);
        }
        for (Map.Entry<Steering, Integer> mode : tries.entrySet()) {
            Conformer conformer = conformer(Set.of(), false);
            RevisionResult r = campaign(mode.getKey(), null).runOne(conformer, revision, expected, mode.getValue(), SEED);
            assertTrue(r.asExpected(), revision + " (" + mode.getKey() + "): " + r.cell());
            if (correct) {
                assertEquals(mode.getValue(), r.conforming(), r.cell());
            }
        }
    }

    /**
     * A buggy revision's Java model is its spec row, bug included: past the violation the verdict
     * test stops at, the run goes on (1.38's empty-handed getpage and pool sleep, a hoarder's
     * interrupt failure, the drains after a drained reserve) and must stay a behaviour of the spec,
     * with the type and conservation invariants true, in every one of 100 random and 60 guided runs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("buggyRevisions")
    void aBuggyRevisionIsItsRowPastItsBug(String revision) throws Exception {
        runsConform(revision, Set.of(expected(revision)), null, false, modes(100, 60));
    }

    /**
     * Every revision under km168_wake's constants (LOWAT 2, 3 items in use, an idle page kept):
     * the workload where a process sleeps on an empty reserve and a round wakes it, so that a
     * dropped wakeup of the thread or of a getpage sleeper diverges here. NoBadIntrFailInv is not
     * checked (the constants are beyond its bound), nor a buggy revision's own property.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void theRevisionConformsWhereSleepersWake(String revision) throws Exception {
        runsConform(revision, wakeUnchecked(revision), WAKE, false, modes(40, 60));
    }

    /**
     * Under km168_wake's constants (MAXUSE 3: the pool fills up), each process may be preempted
     * between choosing pool_get or pool_put and making it, as on real threads: pool_get's
     * re-check of MAXUSE runs, and in 1.79 pool_put's decline of a page that would go back while
     * the inline unmap holds the km mutex across steps; every trace must stay one of the spec's.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"km1.68", "km1.79", "km1.84"})
    void theRevisionConformsWhereGuardsGoStale(String revision) throws Exception {
        runsConform(revision, wakeUnchecked(revision), WAKE, true, modes(40, 60));
    }

    /** What km168_wake's runs of revision leave unchecked: the bound, a buggy revision's own property. */
    private static Set<String> wakeUnchecked(String revision) {
        Set<String> unchecked = new HashSet<>(Set.of(BEYOND_THE_BOUND));
        if (!expected(revision).equals("-")) {
            unchecked.add(expected(revision));
        }
        return unchecked;
    }

    private static void runsConform(String revision, Set<String> unchecked, Path constants, boolean staleGuards,
                                    Map<Steering, Integer> tries) throws Exception {
        for (Map.Entry<Steering, Integer> mode : tries.entrySet()) {
            Conformer conformer = conformer(unchecked, staleGuards);
            RevisionResult r = campaign(mode.getKey(), constants).runOne(conformer, revision, "-", mode.getValue(), SEED);
            assertEquals(mode.getValue(), r.conforming(), revision + " (" + mode.getKey()
                    + ", seed " + SEED + ", " + unchecked + " unchecked" + (constants == null ? "" : ", " + constants.getFileName())
                    + (staleGuards ? ", stale guards" : "")
                    + "): " + r.cell());
        }
    }

    /** Random runs first, then guided ones; a count of 0 leaves the mode out. */
    private static Map<Steering, Integer> modes(int random, int guided) {
        Map<Steering, Integer> m = new LinkedHashMap<>();
        m.put(Steering.RANDOM, random);
        if (guided > 0) {
            m.put(Steering.GUIDED, guided);
        }
        return m;
    }

    /** A conformer leaving unchecked unchecked, its coverage and schedule corpus forgotten. */
    private static Conformer conformer(Set<String> unchecked, boolean staleGuards) {
        Conformer c = CONFORMERS.computeIfAbsent(Map.entry(Set.copyOf(unchecked), staleGuards),
                u -> new Conformer(SPECS, u.getKey(), u.getValue()));
        c.forgetVisits();
        return c;
    }

    private static Campaign campaign(Steering steering, Path constants) {
        return new Campaign(SPECS, 1, null, steering, TraceLevel.FULL, constants);
    }

    /** The property expected.tsv says the revision's small model breaks, or "-". */
    private static String expected(String revision) {
        ModelEntry small = EXPECTED.models().stream()
                .filter(m -> revision.equals(m.revision()) && m.name().endsWith("_small")).findFirst().orElseThrow();
        return small.expected().kind() == VerdictKind.OK ? "-" : small.expected().property();
    }

    private static final ExpectedTable EXPECTED = load();

    private static ExpectedTable load() {
        try {
            return ExpectedTable.load(SPECS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + SPECS.resolve(ExpectedTable.FILE_NAME) + ": " + e.getMessage(), e);
        }
    }
}
