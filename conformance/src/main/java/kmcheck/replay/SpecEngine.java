package kmcheck.replay;

import java.nio.file.Path;
import java.util.List;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceStep;

/**
 * The boundary between the replay driver and TLC. The implementation lives in
 * {@code kmcheck.replay.tlc} and is loaded by a per-spec class loader, so only JDK types and types
 * of {@code kmcheck.tracefile} and {@code kmcheck.replay} may cross this interface.
 *
 * <p>Implementations are not thread-safe: they remember the previous state of the replay in
 * progress. Public only because the isolated implementation class must be able to implement it.
 */
public interface SpecEngine {

    /** The spec's variables, in declaration order. */
    List<String> variables();

    /**
     * Checks step 0 against the initial states and the invariants and makes it the current state.
     *
     * @return {@code null} if it conforms, else the divergence
     * @throws TraceFormatException a value's shape cannot be a value of its variable
     * @throws ReplayException      TLC failed
     */
    Divergence init(TraceStep step, Path trace) throws TraceFormatException, ReplayException;

    /**
     * What the next trace shows (call before {@link #init}): a full trace is replayed state by
     * state; a partial one, or one with hidden steps, as a set of candidate states.
     */
    void observe(Observation observation);

    /** At the end of a trace: a divergence only the whole trace shows (a possible violation), or null. */
    Divergence finish();

    /** For a replay of candidate sets, how many it kept; empty for a state-by-state replay. */
    java.util.Optional<FrontierStats> frontierStats();

    /** Whether the trace so far determines the current state (always, for a full trace). */
    boolean exact();

    /**
     * The action instances with a successor from the current state (e.g. {@code PStart(p1)}), in
     * TLC's order; empty if the spec is deadlocked there. After a partial replay, the instances
     * enabled in some candidate state, and empty if any candidate is deadlocked (the spec might be
     * stuck too). Only after a replay that matched its last step.
     *
     * @throws ReplayException TLC failed computing successors
     */
    List<String> enabled() throws ReplayException;

    /**
     * Whether the spec's state predicate of that name (a parameterless operator of the root
     * module, e.g. an invariant this model does not check) is false in some state the replay may
     * be in after its last step: the current state, or some candidate of a partial replay. Only
     * after a replay that matched its last step.
     *
     * @throws ReplayException the spec defines no such operator, it is not a boolean there, or TLC failed
     */
    boolean failsAtEnd(String predicate) throws ReplayException;

    /** Checks a later step against the current state, as {@link #init} does for step 0. */
    Divergence next(TraceStep step, Path trace) throws TraceFormatException, ReplayException;

    /**
     * The spec's actions, as TLC split Next ({@code Tool.getActions}), in TLC's order: for each
     * action name, the actors it is an action of, which are the values bound to the first
     * parameter of its instances ({@code PStart(p1)} is p1's); an empty list for an action
     * without parameters, whose actor is {@link #threadActor()}.
     */
    java.util.Map<String, List<String>> actions();

    /** The value of the spec's {@value #THREAD_ACTOR}, or null if it defines none. */
    String threadActor();

    /** The operator naming the actor of the parameterless actions (the km thread's), e.g. "km". */
    String THREAD_ACTOR = "ThreadActor";

    /** The actor of step 0. */
    String INIT_ACTOR = "init";

    /**
     * The operator naming the spec's control variables and their places, a record such as
     * {@code [pc |-> PcStates, tpc |-> ThreadStates]}: a variable whose value is a function
     * (one pc per process) is at a place if some argument maps to it.
     */
    String CONTROL_STATES = "ControlStates";

    /** Operators whose names begin so are coverage witnesses: action formulas a step may satisfy. */
    String WITNESS_PREFIX = "Witness";

    /**
     * The model's reachable state graph, by breadth-first search with TLC (no symmetry).
     *
     * @param maxStates stop after this many states ({@link StateSpace#complete} is then false)
     * @throws ReplayException TLC failed while computing successors
     */
    StateSpace explore(int maxStates) throws ReplayException;

    /**
     * The value of a constant-level definition of the spec (no parameters, no variables), as
     * TLC evaluates it under the model's constants: records and functions as {@code Fcn}, sets
     * as {@code SetVal}.
     *
     * @throws ReplayException naming the definition when the spec has none, or TLC fails on it
     */
    kmcheck.tracefile.TraceValue evaluate(String definition) throws ReplayException;

    /** The fingerprint of the state the last conforming step reached, as {@link StateSpace} keys it. */
    long fingerprint();

    /** The fingerprint of a step's state, as {@link StateSpace} keys it. */
    long fingerprint(TraceStep step, Path trace) throws TraceFormatException, ReplayException;

    /** Checks that a step's values fit the spec's variables (their kinds, TLC accepting them). */
    void checkValues(TraceStep step, Path trace) throws TraceFormatException, ReplayException;
}
