package kmcheck.check;

import java.time.Duration;

/**
 * The outcome of model-checking one model with TLC. Counts TLC did not report are {@link #UNKNOWN}
 * (e.g. an invariant violated by an initial state, or a parse error).
 *
 * @param distinctStates  distinct states found
 * @param statesGenerated states generated
 * @param depth           depth of the state graph searched (TLC's search depth, else its last BFS level)
 * @param elapsed         wall time of the TLC child process, JVM start-up included
 * @param cexLength       states in the error trace (stuttering and back-to-state markers excluded);
 *                        0 when there is none
 * @param exitCode        TLC's process exit code
 */
public record CheckResult(ModelEntry model, Verdict actual, long distinctStates, long statesGenerated,
                          long depth, Duration elapsed, int cexLength, int exitCode) {

    public static final long UNKNOWN = -1;

    /** Whether TLC's verdict is the one expected.tsv expects. */
    public boolean matches() {
        return actual.matches(model.expected());
    }
}
