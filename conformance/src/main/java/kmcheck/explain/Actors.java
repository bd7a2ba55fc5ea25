package kmcheck.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may have taken a step of TLC's trace. TLC 2.18 prints an action's name without its parameters,
 * so the candidates come from TLC's own split of Next ({@code Replayer.actions()}: for each action the
 * actors its instances are for) and the state change: a parameterless action is the thread's
 * ({@code ThreadActor}); an action of one actor is that actor's; otherwise the actors whose entries of
 * the state changed ({@code pc[p1]}) if exactly one did, else every actor of the action, which
 * {@link ActorReplay} then narrows with TLC's evaluator.
 */
record Actors(Map<String, List<String>> byAction, String thread) {

    /** The candidates for a step of {@code action} that changed the leaves whose keys are {@code changedKeys}. */
    List<String> candidates(String action, Set<String> changedKeys) {
        List<String> all = byAction.get(action);
        if (all == null) {
            return List.of("?");
        }
        if (all.isEmpty()) {
            return List.of(thread == null ? "?" : thread);
        }
        List<String> changed = new ArrayList<>(all);
        changed.retainAll(changedKeys);
        return changed.size() == 1 ? changed : all;
    }
}
