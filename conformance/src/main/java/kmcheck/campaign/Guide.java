package kmcheck.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import kmcheck.coverage.Coverage;
import kmcheck.replay.StateSpace;
import kmcheck.sched.Chooser;

/**
 * A coverage-guided chooser for one controlled run: at each choice of the next actor it looks up
 * the spec state the run has just recorded in the model's reachable graph and runs an actor that
 * takes an edge no replay has taken yet; failing that, the actor whose edges lead closest to such
 * an edge (the frontier of what has been visited); ties, states outside the graph and the
 * workload's other choices are drawn from the seed. Over a campaign the visited set grows, so
 * each run is steered to what the earlier ones missed.
 *
 * <p>Not thread-safe: the controlled scheduler asks from one thread at a time.
 */
final class Guide implements Chooser {
    private final Random random;
    private final ReachableGraph graph;
    private final Coverage visited;
    private final int[] distance;
    /** the fingerprint of the state the run is in now */
    private final LongSupplier current;
    private final Set<String> actors;
    /**
     * The workload's choices inside a process's step and the spec action each one starts
     * (Machine.process: pool_get is PStart, pool_put is PFree), so that they are steered too.
     */
    private static final java.util.Map<String, String> DECISIONS = java.util.Map.of("pool_get", "PStart",
            "pool_put", "PFree");
    /** the actor last chosen: the one whose step asks the workload's choices */
    private String actor;
    /** edges this run has been steered onto, so that it does not go round in circles */
    private final Set<Long> steered = new HashSet<>();

    Guide(Random random, ReachableGraph graph, Coverage visited, Set<String> actors, LongSupplier current) {
        this.random = random;
        this.graph = graph;
        this.visited = visited;
        this.distance = graph.distances(visited);
        this.actors = Set.copyOf(actors);
        this.current = current;
    }

    @Override
    public int pick(List<String> options) {
        boolean actorChoice = actors.containsAll(options);
        if (!actorChoice && (actor == null || !DECISIONS.keySet().containsAll(options))) {
            return random.nextInt(options.size());
        }
        int state = graph.state(current.getAsLong());
        if (state < 0) {
            return random.nextInt(options.size());
        }
        long best = Long.MAX_VALUE;
        List<Integer> bestOptions = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            long score = actorChoice ? score(state, options.get(o), null)
                    : score(state, actor, DECISIONS.get(options.get(o)));
            if (score < best) {
                best = score;
                bestOptions.clear();
            }
            if (score == best) {
                bestOptions.add(o);
            }
        }
        int chosen = bestOptions.get(random.nextInt(bestOptions.size()));
        if (actorChoice) {
            actor = options.get(chosen);
            steered.add(key(state, actor));
        }
        return chosen;
    }

    /**
     * 0 if actor can take an unvisited edge here (of that action, if not null), else 1 + the
     * least distance its edges lead to.
     */
    private long score(int state, String actor, String action) {
        StateSpace.Edge[] edges = graph.edges(state);
        long least = ReachableGraph.FAR;
        boolean again = action == null && steered.contains(key(state, actor));
        for (int e = 0; e < edges.length; e++) {
            StateSpace.Edge edge = edges[e];
            if (!edge.actor().equals(actor) || (action != null && !edge.action().equals(action))) {
                continue;
            }
            if (!again && !visited.visited(graph.fingerprint(state), edge.action(), actor, edge.to())) {
                return 0;
            }
            int t = graph.target(state, e);
            if (t >= 0 && distance[t] != ReachableGraph.FAR) {
                least = Math.min(least, 1L + distance[t]);
            }
        }
        return least;
    }

    private static long key(int state, String actor) {
        return ((long) state << 20) ^ actor.hashCode();
    }
}
