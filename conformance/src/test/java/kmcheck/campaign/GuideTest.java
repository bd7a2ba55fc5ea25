package kmcheck.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import kmcheck.check.ExpectedTable;
import kmcheck.check.VerdictKind;
import kmcheck.config.Constants;
import kmcheck.coverage.CoverageReport;
import kmcheck.replay.StateSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided schedules exercise more of the spec than random ones with the same budget
 * (every reachable coverage witness among them), and every guided run is still a behaviour of
 * the spec; a directed run drives a buggy revision's Java model along TLC's shortest path to its
 * bug. Controlled runs are reproducible, so the numbers are the same on every machine.
 */
class GuideTest {
    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();
    private static final int TRIES = 100;

    /**
     * Guided runs visit more of the graph than random ones (100 runs each), and covering runs,
     * each sent to one transition no earlier run took, more than guided ones, which take the
     * nearest (300 runs each; the gap widens with more: README, "Spec coverage").
     */
    @Test
    void steeredRunsVisitMoreOfTheGraph() throws Exception {
        Constants k = Constants.defaults().revision("km1.68").build();
        try (Conformer conformer = new Conformer(SPECS)) {
            CoverageReport random = campaign(conformer, k, Steering.RANDOM, new Random(7), TRIES);
            conformer.forgetVisits();
            Random r = new Random(7);
            CoverageReport guided = campaign(conformer, k, Steering.GUIDED, r, TRIES);
            assertTrue(guided.transitions() > random.transitions() * 3 / 2,
                    "guided " + guided + " against random " + random);
            assertTrue(guided.missedActions().size() <= random.missedActions().size(),
                    "guided " + guided + " against random " + random);
            assertEquals(guided.reachableWitnesses(), guided.witnesses(), "guided " + guided);
            assertTrue(random.witnesses().size() < random.reachableWitnesses().size(),
                    "random runs show every witness too: the comparison says nothing; random " + random);
            guided = campaign(conformer, k, Steering.GUIDED, r, 3 * TRIES - TRIES);
            conformer.forgetVisits();
            CoverageReport covering = campaign(conformer, k, Steering.COVERING, new Random(7), 3 * TRIES);
            assertTrue(covering.transitions() > guided.transitions() * 5 / 4
                            && covering.states() > guided.states() * 5 / 4,
                    "covering " + covering + " against guided " + guided);
        }
    }

    /**
     * Each run makes one interrupt allocation (MAXINTR 1), so a covering run spends it on an
     * interrupt transition no earlier run took. The guide must send the interrupt there even
     * though its first turn only starts it (a choice that makes no step is not an edge taken).
     */
    @Test
    void everyCoveringRunTakesAnInterruptTransitionNoEarlierRunTook() throws Exception {
        Constants k = Constants.defaults().revision("km1.68").build();
        try (Conformer conformer = new Conformer(SPECS)) {
            Random r = new Random(7);
            kmcheck.coverage.Coverage before = new kmcheck.coverage.Coverage();
            StateSpace space = null;
            for (int t = 1; t <= 40; t++) {
                ControlledRun run = conformer.runCovering(k, r, Campaign.DECISIONS);
                assertTrue(run.conforms(), run::explain);
                space = space != null ? space : conformer.stateSpace(run.trace()).orElseThrow();
                long fresh = 0;
                for (var e : space.out().entrySet()) {
                    for (StateSpace.Edge edge : e.getValue()) {
                        if (k.intrNames().contains(edge.actor())
                                && run.visited().visited(e.getKey(), edge.action(), edge.actor(), edge.to())
                                && !before.visited(e.getKey(), edge.action(), edge.actor(), edge.to())) {
                            fresh++;
                        }
                    }
                }
                assertEquals(1, fresh, "run " + t + ": interrupt transitions no earlier run took");
                before.addAll(run.visited());
            }
        }
    }

    /**
     * The first directed run of each buggy revision ends in exactly the divergence expected.tsv
     * names, at the step TLC's breadth-first graph says is the nearest: the Java model took the
     * shortest path to its bug, not some longer way round.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("buggyRevisions")
    void aDirectedRunTakesTheShortestPathToItsRevisionsBug(String revision, String invariant) throws Exception {
        Constants k = Constants.defaults().revision(revision).build();
        try (Conformer conformer = new Conformer(SPECS)) {
            ControlledRun run = conformer.runDirected(k, new Random(7), Campaign.DECISIONS, invariant);
            assertEquals(Optional.of(invariant), run.report().divergence().flatMap(d -> d.violatedInvariant()),
                    run::explain);
            StateSpace space = conformer.stateSpace(run.trace()).orElseThrow();
            ReachableGraph graph = new ReachableGraph(space);
            int[] distance = graph.violating(invariant).distance();
            int shortest = space.initial().stream().mapToInt(fp -> distance[graph.state(fp)]).min().orElseThrow();
            assertEquals(shortest + 1, run.witnessSteps(), run::explain);
        }
    }

    static Stream<Arguments> buggyRevisions() throws Exception {
        return ExpectedTable.load(SPECS).models().stream()
                .filter(m -> m.name().endsWith("_small") && m.expected().kind() != VerdictKind.OK)
                .map(m -> Arguments.of(m.revision(), m.expected().property()));
    }

    /** What the conformer's replays visited after {@code tries} more runs drawn from {@code r}. */
    private static CoverageReport campaign(Conformer conformer, Constants k, Steering steering, Random r, int tries)
            throws Exception {
        ControlledRun run = null;
        for (int t = 0; t < tries; t++) {
            run = switch (steering) {
                case GUIDED -> conformer.runGuided(k, r, Campaign.DECISIONS);
                case COVERING -> conformer.runCovering(k, r, Campaign.DECISIONS);
                default -> conformer.run(k, Schedule.random(r), Campaign.DECISIONS);
            };
            assertTrue(run.conforms(), run::explain);
        }
        return conformer.coverage(run.trace()).orElseThrow();
    }
}
