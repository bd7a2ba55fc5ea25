package kmcheck.check;

/**
 * Observes a {@link ModelChecker} run. Called on the thread that runs the check, in the order
 * started, progress*, finished, for each model in turn. Every method does nothing by default.
 */
public interface CheckListener {

    /** A listener that ignores everything. */
    CheckListener NONE = new CheckListener() {
    };

    default void started(ModelEntry model) {
    }

    default void progress(Progress progress) {
    }

    default void finished(CheckResult result) {
    }
}
