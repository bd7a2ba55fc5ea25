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

    @Test
    void guidedRunsVisitMoreTransitionsThanRandomOnes() throws Exception {
        Constants k = Constants.defaults().revision("km1.68").build();
        try (Conformer conformer = new Conformer(SPECS)) {
            CoverageReport random = campaign(conformer, k, false);
            conformer.forgetVisits();
            CoverageReport guided = campaign(conformer, k, true);
            assertTrue(guided.transitions() > random.transitions() * 3 / 2,
                    "guided " + guided + " against random " + random);
            assertTrue(guided.missedActions().size() <= random.missedActions().size(),
                    "guided " + guided + " against random " + random);
            assertEquals(guided.reachableWitnesses(), guided.witnesses(), "guided " + guided);
            assertTrue(random.witnesses().size() < random.reachableWitnesses().size(),
                    "random runs show every witness too: the comparison says nothing; random " + random);
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

    private static CoverageReport campaign(Conformer conformer, Constants k, boolean guided) throws Exception {
        Random r = new Random(7);
        ControlledRun run = null;
        for (int t = 0; t < TRIES; t++) {
            run = guided ? conformer.runGuided(k, r, Campaign.DECISIONS)
                    : conformer.run(k, Schedule.random(r), Campaign.DECISIONS);
            assertTrue(run.conforms(), run::explain);
        }
        return conformer.coverage(run.trace()).orElseThrow();
    }
}
