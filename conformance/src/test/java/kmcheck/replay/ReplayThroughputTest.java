package kmcheck.replay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A micro measurement, not a timed test: replays a 10,000-step LockCounter trace repeatedly and
 * prints steps/s per round (the first rounds include JIT warm-up), both per wall-clock second and
 * per CPU second of the replaying thread: on a shared machine only the latter is repeatable.
 * Runs only when asked:
 * {@code mvn -o -pl conformance test -Dtest=ReplayThroughputTest -Dkmcheck.bench=true}.
 */
@EnabledIfSystemProperty(named = "kmcheck.bench", matches = "true")
class ReplayThroughputTest {
    private static final int STEPS = 10_000;
    private static final int ROUNDS = 40;

    @TempDir
    Path dir;

    @Test
    void replayTenThousandSteps() throws Exception {
        Path trace = dir.resolve("bench.ndjson");
        writeTrace(trace);
        long t0 = System.nanoTime();
        try (Replayer r = Replayer.load(LockCounterSim.model())) {
            System.out.printf("load (fresh class loader, parse spec, init states): %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double best = 0;
            double bestCpu = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ReplayReport report = r.replay(trace);
                double secs = (System.nanoTime() - start) / 1e9;
                double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                assertTrue(report.conforms(), report.render());
                double rate = report.stepsRead() / secs;
                double cpuRate = report.stepsRead() / cpuSecs;
                best = Math.max(best, rate);
                bestCpu = Math.max(bestCpu, cpuRate);
                System.out.printf("round %2d: %d steps in %6.1f ms = %6.0f steps/s wall, %6.0f steps/s cpu%n",
                        round, report.stepsRead(), secs * 1e3, rate, cpuRate);
            }
            System.out.printf("best: %.0f steps/s wall, %.0f steps/s cpu%n", best, bestCpu);
        }
    }

    /** p1 and p2 take turns at Want, Acquire, Incr, Release. */
    private static void writeTrace(Path file) throws Exception {
        LockCounterSim sim = new LockCounterSim();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(LockCounterSim.header() + "\n" + sim.init() + "\n");
            for (int seq = 1; seq < STEPS; seq++) {
                w.write(sim.step((seq - 1) % 4, (seq - 1) / 4 % 2) + "\n");
            }
        }
    }
}
