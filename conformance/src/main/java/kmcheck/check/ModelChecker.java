package kmcheck.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Model-checks the models of a specs directory with TLC, one model at a time, each in a child JVM
 * of its own with {@code workers} threads, or on distributed TLC (a {@link TlcRunner}). Every result
 * carries TLC's verdict, its state counts and the error trace length; the listener hears of each start, progress report and finish.
 *
 * <p>A model whose TLC cannot be started or read fails with {@link IOException}; a thread
 * interrupted while waiting for TLC's exit gets {@link InterruptedException}. Everything TLC itself
 * reports, parse errors included, is a {@link CheckResult}. TLC runs through {@link TlcChild}, so no
 * TLC outlives its check or this JVM, and each has its own scratch directory.
 *
 * <p>Thread-safe if the listener is: each check has its own child; the listener hears of a check on
 * the thread that runs it.
 */
public final class ModelChecker {
    /** The flags of every TLC child JVM. */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseParallelGC");

    private final Path specsDir;
    private final TlcRunner runner;
    private final CheckListener listener;

    /**
     * @param specsDir the directory holding the specs and their {@code .cfg} files (TLC's working directory)
     * @param runner   how TLC runs each model
     */
    public ModelChecker(Path specsDir, TlcRunner runner, CheckListener listener) {
        this.specsDir = specsDir;
        this.runner = runner;
        this.listener = listener;
    }

    /**
     * @param specsDir the directory holding the specs and their {@code .cfg} files (TLC's working directory)
     * @param workers  TLC worker threads per model
     */
    public ModelChecker(Path specsDir, int workers, CheckListener listener) {
        this(specsDir, TlcRunner.singleProcess(workers), listener);
    }

    /** A checker with one TLC worker per available processor. */
    public ModelChecker(Path specsDir, CheckListener listener) {
        this(specsDir, Runtime.getRuntime().availableProcessors(), listener);
    }

    /** Checks {@code models} in order. */
    public List<CheckResult> checkAll(List<ModelEntry> models) throws IOException, InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        for (ModelEntry model : models) {
            results.add(check(model));
        }
        return results;
    }

    /** Runs TLC on {@code model} and waits for its verdict. */
    public CheckResult check(ModelEntry model) throws IOException, InterruptedException {
        listener.started(model);
        ModelConfig config = ModelConfig.read(model.cfg(specsDir));
        long startNanos = System.nanoTime();
        TlcOutcome outcome = runner.run(specsDir, model, config, new RateMeter(model.name(), startNanos));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        CheckResult result = new CheckResult(model, outcome.verdict(), outcome.distinctStates(),
                outcome.statesGenerated(), outcome.depth(), elapsed, outcome.cexLength(), outcome.exitCode());
        listener.finished(result);
        return result;
    }

    /** Turns TLC's progress counts into {@link Progress} reports with a rate measured between reports. */
    private final class RateMeter implements TlcOutputParser.ProgressSink {
        private final String model;
        private final long startNanos;
        private long lastNanos;
        private long lastGenerated;

        RateMeter(String model, long startNanos) {
            this.model = model;
            this.startNanos = startNanos;
            this.lastNanos = startNanos;
        }

        @Override
        public void progress(int level, long statesGenerated, long distinctStates, long queue) {
            long now = System.nanoTime();
            double seconds = Math.max(now - lastNanos, 1) / 1e9;
            double rate = (statesGenerated - lastGenerated) / seconds;
            lastNanos = now;
            lastGenerated = statesGenerated;
            listener.progress(new Progress(model, level, statesGenerated, distinctStates, queue, rate,
                    Duration.ofNanos(now - startNanos)));
        }
    }
}
