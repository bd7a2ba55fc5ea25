package kmcheck.conformance;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Turns a property that must be falsified into a passing test, and one that holds into a
 * failing one: the Java counterpart of a TLC model expected to fail.  The shrunk witness
 * jqwik found, with TLC's divergence report, is printed, so that the test log shows the
 * violation and not just a green bar.
 */
public class ExpectViolation implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        String name = context.extendedLabel();
        if (result.status() == PropertyExecutionResult.Status.FAILED
                && result.throwable().filter(t -> t instanceof AssertionError).isPresent()) {
            System.out.println("== " + name + ": violation found as expected after "
                    + result.countTries() + " tries; shrunk schedule "
                    + result.falsifiedParameters().orElse(java.util.List.of()) + "\n"
                    + result.throwable().get().getMessage());
            return result.mapToSuccessful();
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
