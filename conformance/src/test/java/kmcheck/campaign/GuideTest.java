package kmcheck.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import kmcheck.coverage.CoverageReport;
import kmcheck.config.Constants;
import org.junit.jupiter.api.Test;

/**
 * Coverage-guided schedules exercise more of the spec than random ones with the same budget,
 * and every guided run is still a behaviour of the spec. Controlled runs are reproducible, so
 * both numbers are the same on every machine.
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
        }
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
