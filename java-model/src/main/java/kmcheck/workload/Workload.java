package kmcheck.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import kmcheck.config.Constants;
import kmcheck.sched.Chooser;
import kmcheck.sched.ControlledScheduler;
import kmcheck.sched.RealScheduler;
import kmcheck.trace.Step;
import kmcheck.trace.StepLog;
import kmcheck.trace.TraceLevel;
import kmcheck.trace.TraceWriter;

/**
 * The workload driver the CLI and the conformance tests use: a revision and constants,
 * processes in tight allocation loops, interrupt sources, and either a controlled run (a
 * chooser and a budget of scheduling decisions: reproducible) or a real one (threads for a
 * duration).  Optionally traced.
 *
 * <pre>{@code
 * List<String> lines = Workload.controlledTrace(Constants.defaults().revision("km1.68").build(),
 *         Chooser.random(42), 500);
 * RunResult r = Workload.of(k).trace(TraceWriter.toFile(path)).real(7, Duration.ofMillis(200));
 * }</pre>
 *
 * <p>Thread contract: a Workload is used by one driver thread; each run blocks that thread
 * until the run is over and shut down, within a bounded time.
 */
public final class Workload {
    /** how long a stop may take before we report a thread dump */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** the constants, validated */
    private final Constants k;
    /** where the trace goes, or null */
    private TraceWriter writer;
    /** who else watches the steps, or null */
    private Consumer<Step> observer;
    /** processes may be preempted between choosing a pool operation and making it */
    private boolean staleGuards;

    private Workload(Constants k) {
        this.k = k;
    }

    /** A workload with these constants. */
    public static Workload of(Constants k) {
        return new Workload(k);
    }

    /** Write the trace, header first, to w.  The caller closes w. */
    public Workload trace(TraceWriter w) {
        this.writer = w;
        return this;
    }

    /**
     * Whether a controlled run's processes may be preempted between choosing pool_get or
     * pool_put and making it ({@link Machine}): the choice's guard may then be stale, as it
     * always may be on real threads, and the pool's own re-checks decide. Off by default, which
     * keeps the seeded schedules of the campaigns as they are.
     */
    public Workload staleGuards(boolean on) {
        this.staleGuards = on;
        return this;
    }

    /** Also hand every step to o, under the step lock. */
    public Workload observe(Consumer<Step> o) {
        this.observer = o;
        return this;
    }

    /** A controlled run's ndjson trace lines, header first. */
    public static List<String> controlledTrace(Constants k, Chooser chooser, long maxDecisions) {
        return controlledTrace(k, chooser, maxDecisions, TraceLevel.FULL);
    }

    /** A controlled run's ndjson trace lines at level, header first; IllegalStateException if an actor crashed or the page audit failed ({@link RunResult#requireSound}). */
    public static List<String> controlledTrace(Constants k, Chooser chooser, long maxDecisions, TraceLevel level) {
        List<String> lines = new ArrayList<>();
        of(k).trace(new TraceWriter(lines::add, level)).controlled(chooser, maxDecisions).requireSound();
        return lines;
    }

    /** The trace's level: what the machine must compute. Untraced runs keep everything. */
    private TraceLevel level() {
        return writer == null ? TraceLevel.FULL : writer.level();
    }

    /**
     * Run under the controlled scheduler: one actor at a time, chooser picks, for at most
     * maxDecisions scheduling decisions or until nothing can move.  Each decision runs at most
     * one spec step, so the trace has at most maxDecisions + 1 step lines.  The same chooser
     * answers give the same trace, byte for byte.
     */
    public RunResult controlled(Chooser chooser, long maxDecisions) {
        StepLog steps = stepLog();
        // without a trace no step is counted: such runs end at the budget or when no one is ready
        ControlledScheduler sched = new ControlledScheduler(chooser, steps.on() ? steps::steps : null);
        Machine m = new Machine(k, sched, steps, level(), staleGuards);
        m.start();
        sched.run(maxDecisions);
        sched.stop();
        return result(m, steps, sched.decisions(), sched.quiescent(), sched.failures(), Optional.empty());
    }

    /**
     * Run on real threads for duration, then stop: interrupt every actor and wait for them (a
     * thread dump in the result if some did not stop).
     */
    public RunResult real(long seed, Duration duration) {
        RealScheduler sched = new RealScheduler(seed);
        StepLog steps = stepLog();
        Machine m = new Machine(k, sched, steps, level(), false);
        m.start();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(end - System.nanoTime());
        }
        Optional<String> dump = sched.stop(GRACE);
        return result(m, steps, 0, false, sched.failures(), dump);
    }

    private StepLog stepLog() {
        Consumer<Step> sink = writer;
        if (observer != null) {
            sink = sink == null ? observer : sink.andThen(observer);
        }
        if (writer != null) {
            writer.header(k);
        }
        return sink == null ? StepLog.off() : StepLog.to(sink);
    }

    private RunResult result(Machine m, StepLog steps, long decisions, boolean quiescent, List<String> failures,
                             Optional<String> dump) {
        var s = m.stats();
        List<String> problems = dump.isPresent() ? List.of("actors still running: audit skipped") : m.audit();
        boolean inv = dump.isEmpty() && m.invariantsSatisfied();
        return new RunResult(k.revision(), decisions, steps.on() ? steps.steps() : 0, quiescent, failures,
                s.intrFails.sum(), s.slowdowns.sum(), s.yields.sum(), s.refillRounds.sum(), s.mostHeld(),
                m.pool().badIntrFail(), m.pool().hoardFail(), problems, inv, dump);
    }
}
