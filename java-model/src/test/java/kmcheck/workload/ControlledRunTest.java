package kmcheck.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kmcheck.config.Constants;
import kmcheck.config.Revision;
import kmcheck.sched.Chooser;
import kmcheck.trace.TraceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlledRunTest {

    @Test
    void sameSeedSameTraceBytes(@TempDir Path dir) throws IOException {
        for (Revision r : Revision.values()) {
            Constants k = Constants.defaults().revision(r).maxIntr(2).build();
            Path a = dir.resolve(r.id() + "-a.ndjson");
            Path b = dir.resolve(r.id() + "-b.ndjson");
            try (TraceWriter w = TraceWriter.toFile(a)) {
                Workload.of(k).trace(w).controlled(Chooser.random(17), 200);
            }
            try (TraceWriter w = TraceWriter.toFile(b)) {
                Workload.of(k).trace(w).controlled(Chooser.random(17), 200);
            }
            assertTrue(Files.size(a) > 0);
            assertEquals(-1L, Files.mismatch(a, b), r.id());
        }
    }

    @Test
    void sameIntsSameTraceAndOtherSeedsDiffer() {
        Constants k = Constants.defaults().build();
        List<Integer> ints = List.of(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3);
        assertEquals(Workload.controlledTrace(k, Chooser.fromList(ints), 100),
                Workload.controlledTrace(k, Chooser.fromList(ints), 100));
        assertNotEquals(Workload.controlledTrace(k, Chooser.random(1), 100),
                Workload.controlledTrace(k, Chooser.random(2), 100));
    }

    @Test
    void headerAndInitialStateAreInTheSpecsShape() {
        List<String> lines = Workload.controlledTrace(Constants.defaults().build(), Chooser.random(0), 0);
        assertEquals(2, lines.size());
        assertEquals("{\"kind\":\"header\",\"spec\":\"PoolSlowdown\",\"module\":\"MCPoolSlowdown\",\"revision\":\"km1.68\","
                + "\"constants\":{\"Revision\":\"km1.68\",\"Procs\":{\"set\":[\"p1\",\"p2\"]},\"Intrs\":{\"set\":[\"i1\"]},"
                + "\"LOWAT\":4,\"HIWAT\":8,\"BATCH\":2,\"INITFREE\":4,\"MEM\":6,\"ITEMS\":1,\"MAXIDLE\":0,\"MAXINTR\":1,"
                + "\"MAXUSE\":10}}", lines.get(0));
        assertEquals("{\"kind\":\"step\",\"seq\":0,\"actor\":\"init\",\"action\":\"Init\",\"state\":{\"kmFree\":4,"
                + "\"uvmFree\":6,\"freeList\":0,\"tpc\":\"top\",\"tAsleep\":false,\"tMemWait\":false,\"batch\":0,"
                + "\"kmLock\":\"none\",\"pc\":{\"p1\":\"idle\",\"p2\":\"idle\"},\"held\":{\"p1\":0,\"p2\":0},"
                + "\"slow\":{\"p1\":false,\"p2\":false},\"poolPages\":{\"0\":0,\"1\":0},\"inUse\":0,\"intrAllocs\":0,"
                + "\"intrFails\":0,\"badIntrFail\":false,\"hoardFail\":false}}", lines.get(1));
        assertTrue(new String(lines.get(0).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(lines.get(0)));
    }

    @Test
    void everyStepIsASpecActionWithConsecutiveSeq() {
        List<String> actions = List.of("PStart", "PTakeItem", "PNeedPage", "PPla", "PKmTake", "PKmSleep", "PKmFail",
                "PPoolWake", "PKmPost", "PInsert", "PYieldDone", "PFree", "PUnmap", "IAlloc", "TTop", "TAllocOne",
                "TMemReturn", "TPublish", "TDrainOne", "TDrainDone");
        for (Revision r : Revision.values()) {
            List<String> lines = Workload.controlledTrace(Constants.defaults().revision(r).build(), Chooser.random(5),
                    150);
            // one step at most per scheduling decision, plus the header and Init
            assertTrue(lines.size() <= 150 + 2, r + ": " + lines.size());
            for (int i = 2; i < lines.size(); i++) {
                String l = lines.get(i);
                assertTrue(l.startsWith("{\"kind\":\"step\",\"seq\":" + (i - 1) + ","), l);
                String action = l.replaceAll(".*\"action\":\"([A-Za-z]+)\".*", "$1");
                assertTrue(actions.contains(action), r + ": " + l);
            }
        }
    }

    @Test
    void km138NeverSleepsInGetpageButSleepsOnThePool() {
        Constants k = Constants.defaults().revision("km1.38").mem(0).build();
        List<String> lines = Workload.controlledTrace(k, Chooser.random(4), 300);
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"action\":\"PKmSleep\"")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"action\":\"PKmFail\"")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"action\":\"PPoolWake\"")));
    }

    @Test
    void tracingOffRecordsNothingAndStillConservesPages() {
        RunResult r = Workload.of(Constants.defaults().revision("km1.84").build()).controlled(Chooser.random(9), 500);
        assertEquals(0, r.steps());
        assertTrue(r.invariantsHeld());
        assertTrue(r.pageProblems().isEmpty());
    }
}
