package kmcheck.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who takes a step of TLC's trace. TLC 2.18 prints an action's name without its parameters, so the
 * actor is read off TLC's own split of Next ({@code Replayer.actions()}: for each action the actors
 * its instances are for) and the state change: a parameterless action is the thread's
 * ({@code ThreadActor}); an action of one actor is that actor's; otherwise the actor whose entries
 * of the state changed ({@code pc[p1]}); when none or several did, every candidate is named,
 * "p1 or p2": the trace then cannot tell them apart (the step leaves every actor's own variables as
 * they were).
 */
record Actors(Map<String, List<String>> byAction, String thread) {

    /** The actor of a step of {@code action} that changed the leaves whose keys are {@code changedKeys}. */
    String of(String action, Set<String> changedKeys) {
        List<String> candidates = byAction.get(action);
        if (candidates == null) {
            return "?";
        }
        if (candidates.isEmpty()) {
            return thread == null ? "?" : thread;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<String> changed = new ArrayList<>(candidates);
        changed.retainAll(changedKeys);
        return String.join(" or ", changed.size() == 1 ? changed : candidates);
    }
}
