package kmcheck.check;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How {@link ModelChecker} has TLC check one model: in one child JVM ({@link #singleProcess}) or on
 * distributed TLC ({@link DistributedTlc}). Implementations are thread-safe: each call has its own
 * children; progress reaches the sink on the calling thread.
 */
public interface TlcRunner {

    /** TLC on {@code model} of {@code specsDir} (its cfg read as {@code config}), until its verdict. */
    TlcOutcome run(Path specsDir, ModelEntry model, ModelConfig config, TlcOutputParser.ProgressSink sink)
            throws IOException, InterruptedException;

    /** {@code tlc2.TLC -workers N} in one child JVM. */
    static TlcRunner singleProcess(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        return (specsDir, model, config, sink) -> TlcChild.run(new TlcChild.Run(specsDir, model.cfgFileName(),
                model.module(), config.properties(), workers, ModelChecker.JVM_FLAGS, null, false), sink);
    }
}
