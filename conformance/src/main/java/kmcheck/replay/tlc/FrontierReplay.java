package kmcheck.replay.tlc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kmcheck.replay.Divergence;
import kmcheck.replay.FrontierStats;
import kmcheck.replay.Observation;
import kmcheck.replay.VarDiff;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceStep;
import tlc2.tool.Action;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.FP64;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Replay of a partial trace: the set of spec states consistent with the trace so far (the
 * frontier), as TLC trace validation keeps it. Each step's candidates are the successors of every
 * frontier state (after up to {@code hiddenSteps} unlogged steps of any action) under the
 * step's action, or under each of a fused step's actions in turn, or under any action of its
 * actor if it names none; those whose logged variables equal the recorded values, deduplicated
 * by fingerprint, are the next frontier. Initial states the same way.
 *
 * <p>Invariants are path properties here: a candidate carries whether some path of the spec
 * that reaches it and fits the trace broke an invariant ({@code may}), and whether every such
 * path did ({@code must}). When every candidate must have violated one, the violation is
 * definite ({@link Divergence.Kind#INVARIANT_VIOLATED}); when, at the end, some candidates may
 * have and some may not, it is possible ({@link Divergence.Kind#INVARIANT_POSSIBLY_VIOLATED}).
 *
 * <p>Not thread-safe; used by one {@link TlcEngine}.
 */
final class FrontierReplay {
    /** A candidate state, with what its paths did to the invariants. */
    private record Candidate(TLCState state, String may, boolean must) {
        Candidate merge(Candidate other) {
            return new Candidate(state, may != null ? may : other.may, must && other.must);
        }
    }

    /** What the engine gives: TLC, the spec's actions and invariants, and a way to check one state. */
    interface Spec {
        FastTool tool();

        ActionIndex actions();

        /** The first invariant s violates, or null. */
        String violated(TLCState s);

        List<String> variables();

        UniqueString var(String name);
    }

    private final Spec spec;
    private final UniqueString[] logged;
    private final List<String> hidden = new ArrayList<>();
    private final int hiddenSteps;
    private final int maxFrontier;
    private Map<Long, Candidate> frontier = new LinkedHashMap<>();
    private long steps;
    private long total;
    private int max;
    private long peakSeq;
    private final Set<String> ambiguous = new TreeSet<>();
    /** the first possible violation: step and invariant */
    private Divergence possible;
    /** successors by state fingerprint and action instance, as TLC computed them */
    private final Map<Long, Map<Action, List<TLCState>>> successors = new HashMap<>();
    private int cached;
    private static final int CACHE_LIMIT = 1 << 18;

    FrontierReplay(Spec spec, Observation o) {
        this.spec = spec;
        Set<String> names = o.logged().isEmpty() ? Set.copyOf(spec.variables()) : o.logged();
        List<UniqueString> l = new ArrayList<>();
        for (String v : spec.variables()) {
            if (names.contains(v)) {
                l.add(spec.var(v));
            } else {
                hidden.add(v);
            }
        }
        this.logged = l.toArray(UniqueString[]::new);
        this.hiddenSteps = o.hiddenSteps();
        this.maxFrontier = o.maxFrontier();
    }

    /** Starts from one known state (a full replay that met a fused step). */
    void startFrom(TLCState s) {
        frontier = new LinkedHashMap<>();
        frontier.put(s.fingerPrint(), new Candidate(s, null, false));
    }

    Divergence init(TraceStep step, TLCState recorded, List<TLCState> inits, Path trace) throws TraceFormatException {
        long[] want = loggedFps(recorded);
        Map<Long, Candidate> next = new LinkedHashMap<>();
        for (TLCState s : inits) {
            if (matches(s, want)) {
                add(next, s, null, false);
            }
        }
        if (next.isEmpty()) {
            return empty(step, Divergence.Kind.NOT_INITIAL, recorded, inits, inits.size() + " initial state(s)");
        }
        frontier = next;
        return after(step, trace);
    }

    Divergence next(TraceStep step, TLCState recorded, Path trace) throws TraceFormatException {
        Map<Long, Candidate> from = frontier;
        for (int i = 0; i < hiddenSteps; i++) {
            Map<Long, Candidate> more = new LinkedHashMap<>(from);
            for (Candidate c : from.values()) {
                for (Action a : spec.actions().all()) {
                    for (TLCState t : successors(c.state, a)) {
                        add(more, t, c.may, c.must);
                    }
                }
            }
            from = more;
            capped(step, trace, from.size(), "after " + (i + 1) + " unlogged step(s)");
        }
        List<Action[]> stages = new ArrayList<>();
        if (step.actions().isEmpty()) {
            stages.add(spec.actions().ofActor(step.actor()));
        } else {
            for (String name : step.actions()) {
                stages.add(spec.actions().candidates(name, step.actor()));
            }
        }
        for (int i = 0; i < stages.size(); i++) {
            Map<Long, Candidate> to = new LinkedHashMap<>();
            for (Candidate c : from.values()) {
                for (Action a : stages.get(i)) {
                    for (TLCState t : successors(c.state, a)) {
                        add(to, t, c.may, c.must);
                    }
                }
            }
            if (to.isEmpty()) {
                return empty(step, Divergence.Kind.NOT_ENABLED, recorded, List.of(), enabledNote(from, i, step));
            }
            from = to;
            if (i < stages.size() - 1) {
                capped(step, trace, from.size(), "inside the fused step");
            }
        }
        long[] want = loggedFps(recorded);
        Map<Long, Candidate> next = new LinkedHashMap<>();
        for (Map.Entry<Long, Candidate> e : from.entrySet()) {
            if (matches(e.getValue().state, want)) {
                next.put(e.getKey(), e.getValue());
            }
        }
        if (next.isEmpty()) {
            List<TLCState> allowed = from.values().stream().map(Candidate::state).toList();
            return empty(step, Divergence.Kind.WRONG_SUCCESSOR, recorded, allowed,
                    frontier.size() + " candidate state(s) before the step, " + allowed.size()
                            + " successor(s) under " + step.action() + ", none with the logged values"
                            + hiddenValues());
        }
        frontier = next;
        return after(step, trace);
    }

    /** At the end of the trace: a violation some but not all consistent behaviours commit. */
    Divergence finish() {
        boolean some = frontier.values().stream().anyMatch(c -> c.may != null);
        boolean all = frontier.values().stream().allMatch(c -> c.must);
        if (some && !all && possible != null) {
            long bad = frontier.values().stream().filter(c -> c.may != null).count();
            return new Divergence(possible.seq(), possible.line(), possible.actor(), possible.action(),
                    Divergence.Kind.INVARIANT_POSSIBLY_VIOLATED, List.of(), possible.violatedInvariant(),
                    bad + " of the " + frontier.size() + " candidate states at the end of the trace are reached"
                            + " through a violation, the others are not");
        }
        return null;
    }

    FrontierStats stats() {
        return new FrontierStats(steps, max, peakSeq, steps == 0 ? 0 : (double) total / steps, ambiguous);
    }

    /** The candidate states after the steps so far, in the order they were found. */
    List<TLCState> candidates() {
        return frontier.values().stream().map(c -> c.state).toList();
    }

    /** The only candidate, if the trace so far determines the state. */
    TLCState exact() {
        return frontier.size() == 1 ? frontier.values().iterator().next().state : null;
    }

    private Divergence after(TraceStep step, Path trace) throws TraceFormatException {
        steps++;
        total += frontier.size();
        if (frontier.size() > max) {
            max = frontier.size();
            peakSeq = step.seq();
        }
        capped(step, trace, frontier.size(), "after the step");
        if (frontier.size() > 1) {
            for (String v : hidden) {
                if (!ambiguous.contains(v) && valuesOf(v).size() > 1) {
                    ambiguous.add(v);
                }
            }
        }
        String first = null;
        boolean all = true;
        for (Candidate c : frontier.values()) {
            all &= c.must;
            first = first == null ? c.may : first;
        }
        if (all) {
            return new Divergence(step.seq(), step.line(), step.actor(), step.action(),
                    Divergence.Kind.INVARIANT_VIOLATED, List.of(), Optional.ofNullable(first),
                    frontier.size() == 1 ? "" : "every one of the " + frontier.size()
                            + " candidate states consistent with the trace is reached through the violation");
        }
        if (first != null && possible == null) {
            possible = new Divergence(step.seq(), step.line(), step.actor(), step.action(),
                    Divergence.Kind.INVARIANT_POSSIBLY_VIOLATED, List.of(), Optional.of(first), "");
        }
        return null;
    }

    private void capped(TraceStep step, Path trace, int size, String where) throws TraceFormatException {
        if (size > maxFrontier) {
            throw new TraceFormatException(trace, step.line(), "under-constrained at step " + step.seq() + ": "
                    + size + " candidate states " + where + ", more than --max-frontier " + maxFrontier
                    + " (log more variables, or allow more candidates)");
        }
    }

    private void add(Map<Long, Candidate> into, TLCState t, String may, boolean must) {
        String broken = spec.violated(t);
        Candidate c = new Candidate(t, may != null ? may : broken, must || broken != null);
        into.merge(t.fingerPrint(), c, Candidate::merge);
    }

    private List<TLCState> successors(TLCState s, Action a) {
        Map<Action, List<TLCState>> byAction = successors.get(s.fingerPrint());
        List<TLCState> known = byAction == null ? null : byAction.get(a);
        if (known != null) {
            return known;
        }
        StateVec next = spec.tool().getNextStates(a, s);
        List<TLCState> out = new ArrayList<>(next.size());
        for (int i = 0; i < next.size(); i++) {
            out.add(next.elementAt(i));
        }
        if (cached < CACHE_LIMIT) {
            successors.computeIfAbsent(s.fingerPrint(), k -> new HashMap<>()).put(a, out);
            cached++;
        }
        return out;
    }

    private long[] loggedFps(TLCState recorded) {
        long[] out = new long[logged.length];
        for (int i = 0; i < logged.length; i++) {
            out[i] = fp(recorded.lookup(logged[i]));
        }
        return out;
    }

    private boolean matches(TLCState s, long[] want) {
        for (int i = 0; i < logged.length; i++) {
            if (fp(s.lookup(logged[i])) != want[i]) {
                return false;
            }
        }
        return true;
    }

    private static long fp(Object v) {
        return ((Value) v).fingerPrint(FP64.New());
    }

    private Set<String> valuesOf(String var) {
        Set<String> out = new TreeSet<>();
        for (Candidate c : frontier.values()) {
            out.add(String.valueOf(c.state.lookup(spec.var(var))));
            if (out.size() > 4) {
                break;
            }
        }
        return out;
    }

    /** The unlogged values the last frontier still allowed, for a divergence report. */
    private String hiddenValues() {
        StringBuilder b = new StringBuilder();
        for (String v : hidden) {
            Set<String> values = valuesOf(v);
            b.append(b.length() == 0 ? "; unlogged values still possible: " : ", ").append(v).append(" in ")
                    .append(values.size() > 4 ? values.stream().limit(4).toList() + "..." : values);
        }
        return b.toString();
    }

    private String enabledNote(Map<Long, Candidate> from, int stage, TraceStep step) {
        return from.size() + " candidate state(s), none with a successor under "
                + (step.actions().isEmpty() ? "any action of " + step.actor() : step.actions().get(stage))
                + hiddenValues();
    }

    /**
     * The divergence when no candidate explains the step: the diff, on the logged variables, of
     * the nearest allowed state (up to three candidates' nearest successors are compared).
     */
    private Divergence empty(TraceStep step, Divergence.Kind kind, TLCState recorded, List<TLCState> allowed,
                             String note) {
        List<VarDiff> best = null;
        int looked = 0;
        for (TLCState s : allowed) {
            List<VarDiff> d = new ArrayList<>();
            for (UniqueString v : logged) {
                if (fp(recorded.lookup(v)) != fp(s.lookup(v))) {
                    d.add(new VarDiff(v.toString(), recorded.lookup(v).toString(), s.lookup(v).toString()));
                }
            }
            if (best == null || d.size() < best.size()) {
                best = d;
            }
            if (++looked >= 3 && allowed.size() > 64) {
                break;
            }
        }
        return new Divergence(step.seq(), step.line(), step.actor(), step.action(), kind,
                best == null ? List.of() : best, Optional.empty(), note);
    }
}
