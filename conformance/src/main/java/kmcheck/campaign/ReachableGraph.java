package kmcheck.campaign;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.coverage.Coverage;
import kmcheck.replay.StateSpace;

/**
 * A {@link StateSpace} indexed for steering: states numbered, each state's edges and
 * predecessors as arrays, and the distance of every state to the frontier of what has been
 * visited (the nearest state with an edge no replay has taken yet).
 *
 * <p>Immutable after construction; {@link #distances} allocates its result, so one instance may
 * serve several guides on one thread.
 */
final class ReachableGraph {
    /** distance of a state from which no unvisited edge can be reached */
    static final int FAR = Integer.MAX_VALUE;

    private final long[] fps;
    private final Map<Long, Integer> index = new HashMap<>();
    private final StateSpace.Edge[][] out;
    private final int[][] targets;
    private final int[][] preds;

    ReachableGraph(StateSpace space) {
        fps = space.out().keySet().stream().mapToLong(Long::longValue).toArray();
        for (int i = 0; i < fps.length; i++) {
            index.put(fps[i], i);
        }
        out = new StateSpace.Edge[fps.length][];
        targets = new int[fps.length][];
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < fps.length; i++) {
            in.add(new ArrayList<>());
        }
        for (int i = 0; i < fps.length; i++) {
            out[i] = space.out().get(fps[i]).toArray(StateSpace.Edge[]::new);
            targets[i] = new int[out[i].length];
            for (int e = 0; e < out[i].length; e++) {
                Integer t = index.get(out[i][e].to());
                // a state beyond an incomplete search's limit: no edges known
                targets[i][e] = t == null ? -1 : t;
                if (t != null) {
                    in.get(t).add(i);
                }
            }
        }
        preds = new int[fps.length][];
        for (int i = 0; i < fps.length; i++) {
            preds[i] = in.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The number of a state, or -1 if the search did not reach it. */
    int state(long fp) {
        Integer i = index.get(fp);
        return i == null ? -1 : i;
    }

    long fingerprint(int state) {
        return fps[state];
    }

    StateSpace.Edge[] edges(int state) {
        return out[state];
    }

    /** The numbered target of edge e of state, or -1. */
    int target(int state, int e) {
        return targets[state][e];
    }

    /** For every state, the fewest steps to a state with an edge {@code visited} has not seen; else FAR. */
    int[] distances(Coverage visited) {
        int[] dist = new int[fps.length];
        Arrays.fill(dist, FAR);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < fps.length; i++) {
            for (StateSpace.Edge e : out[i]) {
                if (!visited.visited(fps[i], e.action(), e.actor(), e.to())) {
                    dist[i] = 0;
                    queue.add(i);
                    break;
                }
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int p : preds[s]) {
                if (dist[p] == FAR) {
                    dist[p] = dist[s] + 1;
                    queue.add(p);
                }
            }
        }
        return dist;
    }
}
