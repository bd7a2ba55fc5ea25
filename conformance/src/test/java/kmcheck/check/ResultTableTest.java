package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private static final ModelEntry INV = new ModelEntry("MCPoolSlowdown_pool160_small",
            Verdict.invariant("NoYieldWhileHoldingInv"), "yield before insert", "pool1.160", 3);
    private static final List<CheckResult> RESULTS = List.of(
            new CheckResult(INV, Verdict.invariant("NoYieldWhileHoldingInv"), 12_345, 40_000, 17,
                    Duration.ofMillis(2_340), 9, 12),
            new CheckResult(INV, Verdict.error("a | b"), CheckResult.UNKNOWN, CheckResult.UNKNOWN,
                    CheckResult.UNKNOWN, Duration.ofMillis(1_000), 0, 150));

    @Test
    void text() {
        assertEquals("""
                model                         revision   expected                          actual                            distinct states  depth  seconds  cex length  result
                MCPoolSlowdown_pool160_small  pool1.160  invariant NoYieldWhileHoldingInv  invariant NoYieldWhileHoldingInv           12,345     17      2.3           9  OK
                MCPoolSlowdown_pool160_small  pool1.160  invariant NoYieldWhileHoldingInv  error: a | b                                    -      -      1.0           -  MISMATCH
                """, ResultTable.text(RESULTS));
    }

    @Test
    void markdown() {
        assertEquals("""
                | model | revision | expected | actual | distinct states | depth | seconds | cex length | result |
                |---|---|---|---|---:|---:|---:|---:|---|
                | MCPoolSlowdown_pool160_small | pool1.160 | invariant NoYieldWhileHoldingInv | invariant NoYieldWhileHoldingInv | 12,345 | 17 | 2.3 | 9 | OK |
                | MCPoolSlowdown_pool160_small | pool1.160 | invariant NoYieldWhileHoldingInv | error: a \\| b | - | - | 1.0 | - | MISMATCH |
                """, ResultTable.markdown(RESULTS));
    }
}
