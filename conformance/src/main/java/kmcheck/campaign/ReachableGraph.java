package kmcheck.campaign;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import kmcheck.coverage.Coverage;
import kmcheck.replay.StateSpace;

/**
 * A {@link StateSpace} indexed for steering: states numbered, each state's edges and
 * predecessors as arrays, and the distance of every state to the frontier of what has been
 * visited (the nearest state with an edge no replay has taken yet), to a step that shows a
 * coverage witness not shown yet, or to a state where an invariant is false: the goals a
 * {@link Guide} steers by.
 *
 * <p>Immutable after construction; each goal is computed afresh, so one instance may serve
 * several guides on one thread.
 */
final class ReachableGraph {
    /** the distance of a state from which no edge of the goal can be reached */
    static final int FAR = Integer.MAX_VALUE;

    private final long[] fps;
    private final Map<Long, Integer> index = new HashMap<>();
    private final StateSpace.Edge[][] out;
    private final int[][] targets;
    private final int[][] preds;
    /** the invariants false in each state, by number; empty for most */
    private final Set<String>[] broken;
    /** the places of each state's control variables ({@link StateSpace#places}) */
    private final Set<String>[] places;

    @SuppressWarnings("unchecked")
    ReachableGraph(StateSpace space) {
        // by fingerprint: the map's order changes from one JVM to the next, and a covering run's
        // draw must not (the same seed, the same runs, on every machine)
        fps = space.out().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
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
        broken = new Set[fps.length];
        places = new Set[fps.length];
        for (int i = 0; i < fps.length; i++) {
            places[i] = space.places().getOrDefault(fps[i], Set.of());
            preds[i] = in.get(i).stream().mapToInt(Integer::intValue).toArray();
            broken[i] = space.broken().getOrDefault(fps[i], Set.of());
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

    /** The places of a numbered state's control variables, as {@code "pc=kmEnter"}. */
    Set<String> places(int state) {
        return places[state];
    }

    /** The numbered target of edge e of state, or -1. */
    int target(int state, int e) {
        return targets[state][e];
    }

    /** Which edges of the graph a guide heads for: edge {@code e} of state {@code state}. */
    @FunctionalInterface
    interface EdgeTest {
        boolean test(int state, int e);
    }

    /**
     * Something a guided run heads for: the edges that meet it, and every state's fewest steps to
     * a state with such an edge (FAR where there is none on the way).
     *
     * @param witnesses the coverage witnesses the goal is to show (0 for other goals): a run that
     *                  has shown one of them has met it
     * @param coverage  whether the goal is an edge no replay has taken yet
     */
    record Goal(int[] distance, EdgeTest target, int witnesses, boolean coverage) {
    }

    /** Edges no replay in {@code visited} has taken. */
    Goal unvisited(Coverage visited) {
        EdgeTest t = (s, e) -> !visited.visited(fps[s], out[s][e].action(), out[s][e].actor(), out[s][e].to());
        return new Goal(distances(t), t, 0, true);
    }

    /** One edge a covering run is sent to: edge {@code edge} of state {@code state}, and the goal of taking it. */
    record Aim(int state, int edge, Goal goal) {
        /** The aim as one number, for sets of aims. */
        long key() {
            return key(state, edge);
        }

        /** Edge {@code edge} of state {@code state} as one number. */
        static long key(int state, int edge) {
            return ((long) state << 20) | edge;
        }
    }

    /**
     * One edge no replay in {@code visited} has taken and not in {@code abandoned}, drawn at
     * random: an edge of one of the actors {@code first} while they have any left, else any;
     * empty when there is none.
     */
    Optional<Aim> unvisitedOne(Coverage visited, Set<String> first, Set<Long> abandoned, Random random) {
        List<int[]> theirs = new ArrayList<>();
        List<int[]> others = new ArrayList<>();
        for (int s = 0; s < fps.length; s++) {
            for (int e = 0; e < out[s].length; e++) {
                StateSpace.Edge edge = out[s][e];
                if (broken[s].isEmpty() && !visited.visited(fps[s], edge.action(), edge.actor(), edge.to())
                        && !abandoned.contains(Aim.key(s, e))) {
                    (first.contains(edge.actor()) ? theirs : others).add(new int[] {s, e});
                }
            }
        }
        List<int[]> pool = theirs.isEmpty() ? others : theirs;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        int[] one = pool.get(random.nextInt(pool.size()));
        EdgeTest t = (s, e) -> s == one[0] && e == one[1];
        return Optional.of(new Aim(one[0], one[1], new Goal(distances(t), t, 0, true)));
    }

    /** Whether the replays in {@code visited} took the aim's edge. */
    boolean taken(Coverage visited, Aim aim) {
        StateSpace.Edge edge = out[aim.state()][aim.edge()];
        return visited.visited(fps[aim.state()], edge.action(), edge.actor(), edge.to());
    }

    /** Steps satisfying a coverage witness that no edge in {@code visited} satisfies. */
    Goal unwitnessed(Coverage visited) {
        int all = 0;
        int seen = 0;
        for (int s = 0; s < fps.length; s++) {
            for (StateSpace.Edge e : out[s]) {
                all |= e.witnesses();
                if (e.witnesses() != 0 && visited.visited(fps[s], e.action(), e.actor(), e.to())) {
                    seen |= e.witnesses();
                }
            }
        }
        int wanted = all & ~seen;
        EdgeTest t = (s, e) -> (out[s][e].witnesses() & wanted) != 0;
        return new Goal(distances(t), t, wanted, false);
    }

    /** Edges into a state where {@code invariant} is false: a buggy revision's spec has them. */
    Goal violating(String invariant) {
        EdgeTest t = (s, e) -> targets[s][e] >= 0 && broken[targets[s][e]].contains(invariant);
        return new Goal(distances(t), t, 0, false);
    }

    /**
     * For every state, the fewest steps to a state with an edge that target accepts, along a
     * path through no state that breaks an invariant (a replay stops at the first state that
     * breaks one, so no run goes on from there); else FAR.
     */
    private int[] distances(EdgeTest target) {
        int[] dist = new int[fps.length];
        Arrays.fill(dist, FAR);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < fps.length; i++) {
            if (!broken[i].isEmpty()) {
                continue;
            }
            for (int e = 0; e < out[i].length; e++) {
                if (target.test(i, e)) {
                    dist[i] = 0;
                    queue.add(i);
                    break;
                }
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int p : preds[s]) {
                if (dist[p] == FAR && broken[p].isEmpty()) {
                    dist[p] = dist[s] + 1;
                    queue.add(p);
                }
            }
        }
        return dist;
    }
}
