package kmcheck.replay;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reachable state graph of one model, as TLC's {@code FastTool} computes it by breadth-first
 * search from the initial states, without symmetry reduction (a trace's states are not reduced
 * either). States are TLC fingerprints; a transition is labelled by the action instance that
 * takes it, named as a trace names it: the action and its actor.
 *
 * <p>Immutable; safe from any thread.
 *
 * @param initial   the initial states
 * @param out       every reachable state and its outgoing transitions
 * @param places    for each reachable state, the places of its control variables
 *                  ({@code pc=idle}, {@code tpc=top}, ...; see {@link SpecEngine#CONTROL_STATES})
 * @param actions   the spec's action names, in TLC's order: the universe of action coverage
 * @param allPlaces every place the spec declares for its control variables
 * @param witnesses the spec's coverage witnesses ({@link SpecEngine#WITNESS_PREFIX}), bit i of
 *                  {@link Edge#witnesses} being {@code witnesses.get(i)}
 * @param broken    the reachable states where some of the model's invariants are false, with their
 *                  names as TLC evaluates them (a buggy revision's spec has such states; the search
 *                  goes on through them, as {@code Next} does)
 * @param complete  false if the search stopped at its state limit: then the graph is a prefix
 */
public record StateSpace(Set<Long> initial, Map<Long, List<Edge>> out, Map<Long, Set<String>> places,
                         List<String> actions, Set<String> allPlaces, List<String> witnesses,
                         Map<Long, Set<String>> broken, boolean complete) {

    /** A transition out of a state: action by actor leads to state {@code to}, satisfying those witnesses. */
    public record Edge(String action, String actor, long to, int witnesses) {
        /** Whether this edge is the step (action, actor, to). */
        public boolean is(String action, String actor, long to) {
            return this.to == to && this.action.equals(action) && this.actor.equals(actor);
        }
    }

    /** The names of the witnesses set in mask. */
    public Set<String> witnessNames(int mask) {
        Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < witnesses.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(witnesses.get(i));
            }
        }
        return out;
    }

    public StateSpace {
        initial = Set.copyOf(initial);
        out = Map.copyOf(out);
        places = Map.copyOf(places);
        actions = List.copyOf(actions);
        allPlaces = Set.copyOf(allPlaces);
        witnesses = List.copyOf(witnesses);
        broken = Map.copyOf(broken);
    }

    /** Reachable states. */
    public int stateCount() {
        return out.size();
    }

    /** Distinct reachable transitions (from, action, actor, to). */
    public long transitionCount() {
        return out.values().stream().mapToLong(e -> e.stream().distinct().count()).sum();
    }
}
