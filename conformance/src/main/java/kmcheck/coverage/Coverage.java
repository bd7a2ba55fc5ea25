package kmcheck.coverage;

import java.util.HashSet;
import java.util.Set;
import kmcheck.replay.StateSpace;
import kmcheck.replay.Visits;

/**
 * What the replays of some traces visited of one model's spec: states, transitions and actions,
 * by the fingerprints TLC gives them. Compared with the model's {@link StateSpace} it says how
 * much of the reachable graph the traces exercised ({@link #against}).
 *
 * <p>Not thread-safe: one replaying thread feeds it.
 */
public final class Coverage implements Visits {
    private final Set<Long> states = new HashSet<>();
    private final Set<Transition> transitions = new HashSet<>();
    private final Set<String> actions = new HashSet<>();

    /** A matched step, keyed as {@link StateSpace.Edge} is. */
    record Transition(long from, String action, String actor, long to) {
    }

    @Override
    public void initial(long state) {
        states.add(state);
    }

    @Override
    public void step(long from, String action, String actor, long to) {
        states.add(to);
        actions.add(action);
        transitions.add(new Transition(from, action, actor, to));
    }

    /** Adds what other visited: a campaign's runs on several threads, merged in run order. */
    public void addAll(Coverage other) {
        states.addAll(other.states);
        transitions.addAll(other.transitions);
        actions.addAll(other.actions);
    }

    /** Whether this step has been visited before. */
    public boolean visited(long from, String action, String actor, long to) {
        return transitions.contains(new Transition(from, action, actor, to));
    }

    /** Whether this state has been visited before. */
    public boolean visited(long state) {
        return states.contains(state);
    }

    /** Distinct transitions visited so far. */
    public int transitionCount() {
        return transitions.size();
    }

    /** The visits measured against the model's reachable graph. */
    public CoverageReport against(StateSpace space) {
        Set<String> reachableActions = new HashSet<>();
        Set<String> reachablePlaces = new HashSet<>();
        long reachableTransitions = 0;
        for (var e : space.out().entrySet()) {
            reachablePlaces.addAll(space.places().get(e.getKey()));
            Set<StateSpace.Edge> distinct = new HashSet<>(e.getValue());
            reachableTransitions += distinct.size();
            distinct.forEach(edge -> reachableActions.add(edge.action()));
        }
        Set<String> visitedPlaces = new HashSet<>();
        int inGraph = 0;
        for (long s : states) {
            Set<String> at = space.places().get(s);
            if (at != null) {
                inGraph++;
                visitedPlaces.addAll(at);
            }
        }
        int transitionsInGraph = 0;
        int witnessed = 0;
        for (Transition t : transitions) {
            for (StateSpace.Edge e : space.out().getOrDefault(t.from, java.util.List.of())) {
                if (e.is(t.action, t.actor, t.to)) {
                    transitionsInGraph++;
                    witnessed |= e.witnesses();
                    break;
                }
            }
        }
        int reachableWitnessed = 0;
        for (var edges : space.out().values()) {
            for (StateSpace.Edge e : edges) {
                reachableWitnessed |= e.witnesses();
            }
        }
        Set<String> visitedActions = new HashSet<>(actions);
        visitedActions.retainAll(reachableActions);
        return new CoverageReport(inGraph, space.stateCount(), transitionsInGraph, reachableTransitions,
                visitedActions, reachableActions, visitedPlaces, reachablePlaces, space.witnessNames(witnessed),
                space.witnessNames(reachableWitnessed), space.complete(),
                states.size() - inGraph);
    }
}
