package kmcheck.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import kmcheck.km.Choice;
import kmcheck.replay.StateSpace;
import kmcheck.sched.Chooser;

/**
 * A steering chooser for one controlled run. At each choice of the next actor it looks up the
 * spec state the run has just recorded in the model's reachable graph and serves the first of
 * its goals ({@link ReachableGraph.Goal}) that the graph can still reach from there: it runs an
 * actor that takes one of the goal's edges here, failing that the actor whose edges lead
 * closest to one. The goals, in order: for a directed run, an edge into a state breaking the
 * revision's expected invariant (so the Java model is driven along the shortest path TLC knows
 * to its bug); a step satisfying a coverage witness no replay has shown yet (a publish that
 * wakes a sleeper, say: the rare steps a dropped wakeup hides in); for a covering run, the one
 * edge no replay has taken that was drawn for it; an edge no replay has taken yet. Ties, states
 * outside the graph and the workload's other choices are drawn from the seed. Over a campaign
 * the visited set grows, so each run is steered to what the earlier ones missed.
 *
 * <p>The goals are computed when the run starts; what the run itself takes is known only after
 * its replay, so the guide remembers, for the run, the witnesses it took (their goal is then
 * met) and the actors it ran where (so as not to go round in circles towards an edge it has
 * already taken). An actor chosen that made no step (its first turn only starts it, up to its
 * first scheduling point) has taken no edge, so it may be chosen there once more.
 *
 * <p>Not thread-safe: the controlled scheduler asks from one thread at a time.
 */
final class Guide implements Chooser {
    /** the spec variable whose places tell a {@link Choice}'s outcomes apart */
    private static final String PC = "pc=";

    private final Random random;
    private final ReachableGraph graph;
    private final List<ReachableGraph.Goal> goals;
    /** the fingerprint of the state the run is in now */
    private final LongSupplier current;
    private final Set<String> actors;
    /** the actor last chosen: the one whose step asks the workload's choices */
    private String actor;
    /** where the actor last chosen was chosen, to see which edge it took */
    private int from = -1;
    /** witnesses this run has satisfied */
    private int witnessed;
    /** (state, actor) this run has been steered onto, so that it does not go round in circles */
    private final Set<Long> steered = new HashSet<>();
    /** the steps the run has recorded */
    private final LongSupplier steps;
    /** the steps recorded when the actor last chosen was chosen */
    private long stepsThen = -1;
    /** (state, actor) whose choice made no step once (an actor's first turn runs it to its first point) */
    private final Set<Long> stepless = new HashSet<>();

    Guide(Random random, ReachableGraph graph, List<ReachableGraph.Goal> goals, Set<String> actors,
          LongSupplier current, LongSupplier steps) {
        this.random = random;
        this.steps = steps;
        this.graph = graph;
        this.goals = List.copyOf(goals);
        this.actors = Set.copyOf(actors);
        this.current = current;
    }

    @Override
    public int pick(List<String> options) {
        boolean actorChoice = actors.containsAll(options);
        if (!actorChoice && (actor == null || !options.stream().allMatch(o -> Choice.of(o).isPresent()))) {
            return random.nextInt(options.size());
        }
        int state = graph.state(current.getAsLong());
        if (actorChoice) {
            noteTaken(state);
            forgiveStepless();
        }
        if (state < 0) {
            return random.nextInt(options.size());
        }
        ReachableGraph.Goal goal = null;
        for (ReachableGraph.Goal g : goals) {
            if (g.distance()[state] != ReachableGraph.FAR && (g.witnesses() & witnessed) == 0) {
                goal = g;
                break;
            }
        }
        if (goal == null) {
            return random.nextInt(options.size());
        }
        long best = Long.MAX_VALUE;
        List<Integer> bestOptions = new ArrayList<>();
        for (int o = 0; o < options.size(); o++) {
            String who = actorChoice ? options.get(o) : actor;
            Choice choice = actorChoice ? null : Choice.of(options.get(o)).orElseThrow();
            long score = score(goal, state, who, choice);
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
            from = state;
            stepsThen = steps.getAsLong();
            steered.add(key(state, actor));
        }
        return chosen;
    }

    /**
     * If the actor last chosen made no step, it has not taken an edge from where it was chosen:
     * it may be steered there again, once (its first turn only starts it; a second stepless turn
     * is an actor that cannot move, which the circle rule then passes over).
     */
    private void forgiveStepless() {
        if (actor != null && from >= 0 && steps.getAsLong() == stepsThen && stepless.add(key(from, actor))) {
            steered.remove(key(from, actor));
        }
    }

    /** The witnesses of the edge the last chosen actor took from {@code from} to state. */
    private void noteTaken(int state) {
        if (from < 0 || state < 0) {
            return;
        }
        StateSpace.Edge[] edges = graph.edges(from);
        for (int e = 0; e < edges.length; e++) {
            if (edges[e].actor().equals(actor) && graph.target(from, e) == state) {
                witnessed |= edges[e].witnesses();
            }
        }
    }

    /**
     * 0 if actor can take one of the goal's edges here (one of that choice, if not null), else 1 +
     * the least distance its edges lead to. An actor already steered from here this run does
     * not count as taking the coverage goal's edge again: that edge is taken, only not replayed.
     */
    private long score(ReachableGraph.Goal goal, int state, String actor, Choice choice) {
        StateSpace.Edge[] edges = graph.edges(state);
        long least = ReachableGraph.FAR;
        boolean again = goal.coverage() && choice == null && steered.contains(key(state, actor));
        for (int e = 0; e < edges.length; e++) {
            StateSpace.Edge edge = edges[e];
            if (!edge.actor().equals(actor) || (choice != null && !takes(choice, state, e))) {
                continue;
            }
            if (!again && goal.target().test(state, e)) {
                return 0;
            }
            int t = graph.target(state, e);
            if (t >= 0 && goal.distance()[t] != ReachableGraph.FAR) {
                least = Math.min(least, 1L + goal.distance()[t]);
            }
        }
        return least;
    }

    /**
     * Whether edge e of state is the choice's outcome: its action, and where the action has
     * several outcomes, the place this one lands in (present in the target, absent before) or
     * the absence of the others'. The actor is the only one that can newly stand there: the
     * other actors do not move in its step.
     */
    private boolean takes(Choice choice, int state, int e) {
        if (!graph.edges(state)[e].action().equals(choice.action().name())) {
            return false;
        }
        int t = graph.target(state, e);
        if (t < 0) {
            return choice.lands().isEmpty() && choice.siblings().stream().allMatch(c -> c.lands().isEmpty());
        }
        Predicate<Choice> landed = c -> c.lands().map(pc -> graph.places(t).contains(PC + pc.tla())
                && !graph.places(state).contains(PC + pc.tla())).orElse(false);
        return choice.lands().isPresent() ? landed.test(choice) : choice.siblings().stream().noneMatch(landed);
    }

    private static long key(int state, String actor) {
        return ((long) state << 20) ^ actor.hashCode();
    }
}
