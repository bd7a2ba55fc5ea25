package kmcheck.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kmcheck.coverage.Coverage;
import kmcheck.replay.StateSpace;
import org.junit.jupiter.api.Test;

/**
 * The goals a guide steers by, on a graph small enough to check by hand:
 * <pre>
 *   1 -a-> 2 -b-> 3 (breaks Inv)
 *   1 -c-> 4 (breaks Other) -d-> 5 (breaks Inv)
 *   2 -w-> 6 (the step satisfies witness 0)
 * </pre>
 */
class ReachableGraphTest {
    private static final StateSpace SPACE = new StateSpace(Set.of(1L),
            Map.of(1L, List.of(edge("a", 2), edge("c", 4)),
                    2L, List.of(edge("b", 3), new StateSpace.Edge("w", "p1", 6, 1)),
                    3L, List.of(), 4L, List.of(edge("d", 5)), 5L, List.of(), 6L, List.of()),
            Map.of(1L, Set.of(), 2L, Set.of(), 3L, Set.of(), 4L, Set.of(), 5L, Set.of(), 6L, Set.of()),
            List.of("a", "b", "c", "d", "w"), Set.of(), List.of("WitnessW"),
            Map.of(3L, Set.of("Inv"), 4L, Set.of("Other"), 5L, Set.of("Inv")), true);
    private static final ReachableGraph GRAPH = new ReachableGraph(SPACE);

    private static StateSpace.Edge edge(String action, long to) {
        return new StateSpace.Edge(action, "p1", to, 0);
    }

    /** Distances in the order of states 1..6. */
    private static int[] byState(ReachableGraph.Goal g) {
        int[] d = new int[6];
        for (int s = 1; s <= 6; s++) {
            d[s - 1] = g.distance()[GRAPH.state(s)];
        }
        return d;
    }

    private static final int FAR = ReachableGraph.FAR;

    @Test
    void aViolationIsReachedOnlyThroughStatesThatBreakNothing() {
        // 5 breaks Inv too, but the way there passes 4, where the replay already stops on Other
        assertArrayEquals(new int[] {1, 0, FAR, FAR, FAR, FAR}, byState(GRAPH.violating("Inv")));
        assertArrayEquals(new int[] {0, FAR, FAR, FAR, FAR, FAR}, byState(GRAPH.violating("Other")));
        assertArrayEquals(new int[] {FAR, FAR, FAR, FAR, FAR, FAR}, byState(GRAPH.violating("Absent")));
    }

    @Test
    void anUnshownWitnessIsAGoalUntilAReplayShowsIt() {
        ReachableGraph.Goal fresh = GRAPH.unwitnessed(new Coverage());
        assertEquals(1, fresh.witnesses());
        assertArrayEquals(new int[] {1, 0, FAR, FAR, FAR, FAR}, byState(fresh));
        Coverage shown = new Coverage();
        shown.step(2, "w", "p1", 6);
        ReachableGraph.Goal met = GRAPH.unwitnessed(shown);
        assertEquals(0, met.witnesses());
        assertArrayEquals(new int[] {FAR, FAR, FAR, FAR, FAR, FAR}, byState(met));
    }

    @Test
    void theFrontierIsTheNearestStateWithAnEdgeNoReplayTook() {
        Coverage visited = new Coverage();
        visited.step(1, "a", "p1", 2);
        visited.step(1, "c", "p1", 4);
        // 2's edges are new; 4's edge is new too, but no run goes on from a state that breaks Other
        assertArrayEquals(new int[] {1, 0, FAR, FAR, FAR, FAR}, byState(GRAPH.unvisited(visited)));
    }
}
