package kmcheck.coverage;

import java.util.Set;
import java.util.TreeSet;

/**
 * How much of a model's reachable graph some traces visited. "Reachable" is TLC's breadth-first
 * search of the model ({@link kmcheck.replay.StateSpace}); when it stopped at its limit
 * ({@code complete} false) the denominators are lower bounds and the fractions upper bounds.
 *
 * @param states                reachable states the traces visited
 * @param reachableStates       reachable states
 * @param transitions           reachable transitions (from, action, actor, to) visited
 * @param reachableTransitions  reachable transitions
 * @param actions               actions some visited transition is of
 * @param reachableActions      actions some reachable transition is of
 * @param places                control places (pc=idle, ...) of visited states
 * @param reachablePlaces       control places of reachable states
 * @param witnesses             coverage witnesses some visited transition satisfies
 * @param reachableWitnesses    coverage witnesses some reachable transition satisfies
 * @param complete              whether the search covered the whole graph
 * @param outside               visited states the search did not reach (0 when complete)
 */
public record CoverageReport(int states, int reachableStates, long transitions, long reachableTransitions,
                             Set<String> actions, Set<String> reachableActions, Set<String> places,
                             Set<String> reachablePlaces, Set<String> witnesses, Set<String> reachableWitnesses,
                             boolean complete, int outside) {
    public CoverageReport {
        actions = Set.copyOf(actions);
        reachableActions = Set.copyOf(reachableActions);
        places = Set.copyOf(places);
        reachablePlaces = Set.copyOf(reachablePlaces);
        witnesses = Set.copyOf(witnesses);
        reachableWitnesses = Set.copyOf(reachableWitnesses);
    }

    /** Reachable witnesses no visited transition satisfies, sorted. */
    public Set<String> missedWitnesses() {
        return minus(reachableWitnesses, witnesses);
    }

    /** Reachable actions no trace took, sorted. */
    public Set<String> missedActions() {
        return minus(reachableActions, actions);
    }

    /** Reachable places no trace visited, sorted. */
    public Set<String> missedPlaces() {
        return minus(reachablePlaces, places);
    }

    private static Set<String> minus(Set<String> all, Set<String> taken) {
        Set<String> out = new TreeSet<>(all);
        out.removeAll(taken);
        return out;
    }

    /**
     * e.g. "states 812/13,020 (6.2%), transitions 1,093/52,114 (2.1%), actions 17/19, places
     * 14/14, witnesses 4/5".
     */
    @Override
    public String toString() {
        String bound = complete ? "" : ">=";
        return String.format("states %,d/%s%,d (%s), transitions %,d/%s%,d (%s), actions %d/%d, places %d/%d,"
                        + " witnesses %d/%d", states, bound, reachableStates, percent(states, reachableStates),
                transitions, bound, reachableTransitions, percent(transitions, reachableTransitions),
                actions.size(), reachableActions.size(), places.size(), reachablePlaces.size(), witnesses.size(),
                reachableWitnesses.size());
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
