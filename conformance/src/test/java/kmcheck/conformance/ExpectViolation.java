package kmcheck.conformance;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Turns a property that must be falsified by one named violation into a passing test: the Java
 * counterpart of a TLC model expected to fail with that property. Only a {@link Found} passes it;
 * any other failure (another invariant, a wrong successor, a TLC or I/O error) fails it with its
 * report, and a property that holds fails it too. The shrunk witness jqwik found, TLC's report
 * and the seed that reproduces it are printed, so the log shows the violation, not a green bar.
 */
public class ExpectViolation implements AroundPropertyHook {

    /** The one failure an expected-violation property may end with: the named violation. */
    public static final class Found extends AssertionError {
        private static final long serialVersionUID = 1L;

        public Found(String message) {
            super(message);
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        String name = context.extendedLabel();
        String seed = result.seed().orElse("?");
        if (result.status() == PropertyExecutionResult.Status.FAILED
                && result.throwable().filter(t -> t instanceof Found).isPresent()) {
            System.out.println("== " + name + ": the expected violation found after "
                    + result.countTries() + " tries (seed " + seed + "; rerun with @Property(seed = \"" + seed
                    + "\")); shrunk schedule " + result.falsifiedParameters().orElse(java.util.List.of()) + "\n"
                    + result.throwable().get().getMessage());
            return result.mapToSuccessful();
        }
        if (result.status() == PropertyExecutionResult.Status.FAILED) {
            return result.mapToFailed(name + ": failed, but not with the expected violation (seed " + seed + "): "
                    + result.throwable().map(Throwable::toString).orElse("no throwable"));
        }
        if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL) {
            return result.mapToFailed(name + ": expected a violation, found none in "
                    + result.countTries() + " tries");
        }
        return result;
    }

    @Override
    public int aroundPropertyProximity() {
        // outside jqwik's own hooks, so it sees the final, shrunk result
        return -100;
    }
}
