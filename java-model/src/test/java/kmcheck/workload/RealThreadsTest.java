package kmcheck.workload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import kmcheck.config.Constants;
import kmcheck.config.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same code on real threads: pages conserved, shutdown bounded, traces well-formed. */
class RealThreadsTest {

    @ParameterizedTest
    @EnumSource(value = Revision.class, names = {"KM_1_38", "KM_1_66", "KM_1_67", "KM_1_68", "KM_1_84",
            "POOL_1_160", "POOL_1_166"})
    void pagesAreConservedUnderARandomWorkload(Revision r) {
        Constants k = Constants.defaults().revision(r).procs(4).intrs(2).maxIntr(5000).items(3).maxIdle(1)
                .mem(40).lowat(4).initFree(8).hiwat(16).batch(4).maxUse(30).build();
        RunResult res = Workload.of(k).real(r.ordinal(), Duration.ofMillis(150));
        assertTrue(res.threadDump().isEmpty(), res.threadDump().orElse(""));
        assertTrue(res.failures().isEmpty(), res.failures().toString());
        assertTrue(res.pageProblems().isEmpty(), res.pageProblems().toString());
        assertTrue(res.invariantsHeld());
        assertTrue(res.refillRounds() > 0, "the km thread never refilled: " + res);
    }

    @Test
    void stoppingWithEveryoneBlockedEndsPromptly() {
        // no memory beyond the reserve and nothing ever put back: everyone ends up asleep
        Constants k = Constants.defaults().revision(Revision.KM_1_84).mem(0).lowat(2).initFree(2).hiwat(4)
                .maxUse(100).maxIntr(0).build();
        long t0 = System.nanoTime();
        RunResult res = Workload.of(k).real(1, Duration.ofMillis(50));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3000, ms + " ms");
        assertTrue(res.threadDump().isEmpty(), res.threadDump().orElse(""));
        assertTrue(res.pageProblems().isEmpty(), res.pageProblems().toString());
    }
}
