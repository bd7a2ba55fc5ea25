package kmcheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmcheck.config.Constants;
import org.junit.jupiter.api.Test;

class TraceWriterTest {

    @Test
    void emptySetsAndWiderPoolsKeepTheSpecsShape() {
        List<String> lines = new ArrayList<>();
        TraceWriter w = new TraceWriter(lines::add);
        w.header(Constants.defaults().intrs(0).procs(1).items(3).build());
        w.accept(new Step(7, "p1", "PInsert", new StateSnapshot(1, 2, 0, "drain", false, true, 1, "none",
                Map.of("p1", "yield"), Map.of("p1", 0), Map.of("p1", true), List.of(0, 0, 0, 1), 0, 0, 0, false,
                false)));
        assertTrue(lines.get(0).contains("\"Procs\":{\"set\":[\"p1\"]},\"Intrs\":{\"set\":[]}"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"kind\":\"step\",\"seq\":7,\"actor\":\"p1\",\"action\":\"PInsert\","),
                lines.get(1));
        assertTrue(lines.get(1).contains("\"poolPages\":{\"0\":0,\"1\":0,\"2\":0,\"3\":1}"), lines.get(1));
        assertTrue(lines.get(1).contains("\"tpc\":\"drain\",\"tAsleep\":false,\"tMemWait\":true"), lines.get(1));
        assertFalse(lines.get(1).contains("\n"));
    }

    @Test
    void theKernelLevelLogsOnlyWhatTheKernelHolds() {
        List<String> lines = new ArrayList<>();
        TraceWriter w = new TraceWriter(lines::add, TraceLevel.KERNEL);
        w.header(Constants.defaults().build());
        w.accept(new Step(3, "p1", "PKmTake", new StateSnapshot(3, 6, 0, "top", false, false, 0, "none",
                Map.of("p1", "post", "p2", "idle"), Map.of("p1", 1, "p2", 0), Map.of("p1", false, "p2", false),
                List.of(0, 0), 0, 0, 0, false, false)));
        assertTrue(lines.get(0).endsWith(",\"logged\":[\"kmFree\",\"uvmFree\",\"freeList\",\"tAsleep\","
                + "\"tMemWait\",\"poolPages\",\"inUse\",\"intrFails\"]}"), lines.get(0));
        assertEquals("{\"kind\":\"step\",\"seq\":3,\"actor\":\"p1\",\"action\":\"PKmTake\",\"state\":{\"kmFree\":3,"
                + "\"uvmFree\":6,\"freeList\":0,\"tAsleep\":false,\"tMemWait\":false,\"poolPages\":{\"0\":0,\"1\":0},"
                + "\"inUse\":0,\"intrFails\":0}}", lines.get(1));
    }

    @Test
    void tracingOffNeverReadsTheState() {
        StepLog off = StepLog.off();
        off.bind(() -> {
            throw new AssertionError("snapshot taken with tracing off");
        });
        off.init();
        off.begin();
        try {
            off.commit("p1", SpecAction.PStart);
        } finally {
            off.end();
        }
        assertFalse(off.on());
    }

    @Test
    void stepsAreNumberedFromZero() {
        List<Step> steps = new ArrayList<>();
        StepLog log = StepLog.to(steps::add);
        log.bind(() -> null);
        log.init();
        log.begin();
        log.commit(SpecAction.THREAD_ACTOR, SpecAction.TTop);
        log.end();
        assertEquals(List.of(0L, 1L), steps.stream().map(Step::seq).toList());
        assertEquals("Init", steps.get(0).action());
        assertEquals(2, log.steps());
    }
}
