package kmcheck.replay.tlc;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.Divergence;
import kmcheck.replay.FrontierStats;
import kmcheck.replay.Observation;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.SpecEngine;
import kmcheck.replay.StateSpace;
import kmcheck.replay.VarDiff;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceStep;
import kmcheck.tracefile.TraceValue;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.Context;
import tlc2.util.FP64;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Value;
import util.SimpleFilenameToStream;
import util.UniqueString;

/**
 * {@link SpecEngine} on TLC's {@code FastTool}. Must be loaded by a {@code SpecClassLoader}:
 * constructing it (re)initialises TLC's static state for this spec.
 *
 * <p>Steps are matched by state fingerprint against the successors TLC computes for the named
 * action from the previous state; the matched successor becomes the next previous state. Any
 * unchecked exception TLC throws is turned into a {@link ReplayException} naming the trace line.
 *
 * <p>Not thread-safe; one replay at a time.
 */
public final class TlcEngine implements SpecEngine {
    private final TlcOutput output = TlcOutput.install();
    private final String module;
    private final FastTool tool;
    private final List<String> variables = new ArrayList<>();
    private final Map<String, UniqueString> varNames = new HashMap<>();
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<Long, TLCState> initStates = new LinkedHashMap<>();
    private final Action[] invariants;
    private final String[] invariantNames;
    private final ActionIndex actions;
    private final ControlStates control;
    private final Witnesses witnesses;
    private final ValueConverter values = new ValueConverter();
    private TLCState current;
    private Observation observation = Observation.full();
    /** the candidate sets of a partial replay, or null while the replay is state by state */
    private FrontierReplay frontier;

    /**
     * What TLC has already answered for this model, by fingerprint: states every invariant holds
     * in, and steps (from, action, actor, to) that are successors under their action.  Traces of
     * one model revisit the same states over and over; TLC is asked once per state and per
     * step, and a fingerprint match counts as TLC's model checker counts it.  Bounded, so a
     * long real-thread trace cannot grow it without limit.
     */
    private final Map<Long, TLCState> goodStates = new HashMap<>();
    private final Set<Transition> goodSteps = new HashSet<>();
    private static final int CACHE_LIMIT = 1 << 20;

    private record Transition(long from, String action, String actor, long to) {
    }

    /**
     * Parses {@code model.module()} from {@code model.specsDir()} with the cfg at
     * {@code cfgBase + ".cfg"} and computes the initial states. The model's names were checked
     * against the spec before the cfg was written, so whatever TLC rejects now is the values of
     * the trace's constants: a {@link ConstantsRejectedException}.
     */
    public TlcEngine(ReplayModel model, Path cfgBase) throws ReplayException, ConstantsRejectedException {
        this.module = model.module();
        String specs = model.specsDir().toAbsolutePath().toString();
        try {
            // Without this every fingerprint is 0: TLC.main normally does it.
            FP64.Init(0);
            // The spec dir is the real specs/ directory: TLC reads the modules in place.
            tool = new FastTool(specs, module, cfgBase.toString(), new SimpleFilenameToStream(new String[] {specs}));
            checkAssumptions();
            // TLC orders TLCState.vars its own way; reports read better in declaration order.
            OpDeclNode[] declared = TLCState.vars.clone();
            Arrays.sort(declared, Comparator.comparing(OpDeclNode::getLocation));
            for (OpDeclNode v : declared) {
                variables.add(v.getName().toString());
                varNames.put(v.getName().toString(), v.getName());
            }
            StateVec inits = tool.getInitStates();
            for (int i = 0; i < inits.size(); i++) {
                initStates.put(inits.elementAt(i).fingerPrint(), inits.elementAt(i));
            }
            if (!initStates.isEmpty()) {
                TLCState first = inits.elementAt(0);
                for (String v : variables) {
                    Shape shape = Shape.of((Value) first.lookup(varNames.get(v)));
                    if (shape != Shape.OTHER) {
                        shapes.put(v, shape);
                    }
                }
            }
            invariants = tool.getInvariants();
            invariantNames = tool.getInvNames();
            actions = new ActionIndex(tool.getActions(), evalThreadActor());
            control = ControlStates.of(tool, varNames);
            witnesses = Witnesses.of(tool);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ConstantsRejectedException("TLC rejects the constants for " + module + ": " + describe(e)
                    + firstLine(output.tail()));
        }
    }

    /**
     * The spec's ASSUMEs hold for the trace's constants; TLC's model checker checks them first,
     * FastTool does not.  A false one, or one that fails to evaluate (an overflow), is bad input.
     */
    private void checkAssumptions() throws ConstantsRejectedException {
        for (ExprNode a : tool.getAssumptions()) {
            Value v;
            try {
                v = (Value) tool.eval(a, Context.Empty, TLCState.Empty);
            } catch (RuntimeException | StackOverflowError e) {
                throw new ConstantsRejectedException("the assumption at " + a.getLocation()
                        + " does not evaluate with the trace's constants: " + describe(e));
            }
            if (!(v instanceof BoolValue b) || !b.val) {
                throw new ConstantsRejectedException("the trace's constants break the assumption at " + a.getLocation());
            }
        }
    }

    /** The value of the spec's {@code ThreadActor}, if it defines one: the parameterless actions' actor. */
    private String evalThreadActor() {
        OpDefNode d = definition(THREAD_ACTOR);
        if (d == null) {
            return null;
        }
        Value v = (Value) tool.eval(d.getBody(), Context.Empty, TLCState.Empty);
        return v instanceof tlc2.value.impl.StringValue str ? str.getVal().toString() : v.toString();
    }

    /** The root module's parameterless operator of that name, or null. */
    private OpDefNode definition(String name) {
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getName().toString().equals(name) && d.getArity() == 0) {
                return d;
            }
        }
        return null;
    }

    /** The states the replay may be in after its last step; what names the caller for the error. */
    private List<TLCState> endStates(String what) {
        List<TLCState> states = frontier != null ? frontier.candidates() : current != null ? List.of(current) : List.of();
        if (states.isEmpty()) {
            throw new IllegalStateException(what + " needs a replay that matched its last step");
        }
        return states;
    }

    private static String firstLine(String tail) {
        return tail.isEmpty() ? "" : " (TLC: " + tail.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b)
                .orElse("").strip() + ")";
    }

    @Override
    public List<String> variables() {
        return List.copyOf(variables);
    }

    @Override
    public void observe(Observation o) {
        observation = o;
        frontier = null;
    }

    @Override
    public Divergence finish() {
        return frontier == null ? null : frontier.finish();
    }

    @Override
    public Optional<FrontierStats> frontierStats() {
        return frontier == null ? Optional.empty() : Optional.of(frontier.stats());
    }

    @Override
    public boolean exact() {
        return current != null;
    }

    @Override
    public List<String> enabled() throws ReplayException {
        List<TLCState> states = endStates("enabled()");
        // an instance enabled in some candidate; none at all where some candidate is deadlocked
        Set<Action> some = new LinkedHashSet<>();
        for (TLCState s : states) {
            boolean any = false;
            for (Action a : actions.all()) {
                try {
                    if (!tool.getNextStates(a, s).isEmpty()) {
                        some.add(a);
                        any = true;
                    }
                } catch (RuntimeException e) {
                    throw new ReplayException("TLC failed computing the successors of the last state under "
                            + ActionIndex.display(a) + ": " + describe(e) + tlcSaid(), e);
                }
            }
            if (!any) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        for (Action a : actions.all()) {
            if (some.contains(a)) {
                out.add(ActionIndex.display(a));
            }
        }
        return out;
    }

    @Override
    public boolean failsAtEnd(String predicate) throws ReplayException {
        List<TLCState> states = endStates("failsAtEnd()");
        OpDefNode def = definition(predicate);
        if (def == null) {
            throw new ReplayException("the spec defines no state predicate " + predicate, null);
        }
        for (TLCState s : states) {
            Object v;
            try {
                v = tool.eval(def.getBody(), Context.Empty, s);
            } catch (RuntimeException e) {
                throw new ReplayException("TLC failed evaluating " + predicate + " in the last state: " + describe(e)
                        + tlcSaid(), e);
            }
            if (!(v instanceof BoolValue b)) {
                throw new ReplayException(predicate + " is not a boolean in the last state: " + v, null);
            }
            if (!b.val) {
                return true;
            }
        }
        return false;
    }

    /** What {@link FrontierReplay} needs of this engine. */
    private final FrontierReplay.Spec view = new FrontierReplay.Spec() {
        @Override
        public FastTool tool() {
            return tool;
        }

        @Override
        public ActionIndex actions() {
            return actions;
        }

        @Override
        public String violated(TLCState s) {
            return firstViolated(s);
        }

        @Override
        public List<String> variables() {
            return variables;
        }

        @Override
        public UniqueString var(String name) {
            return varNames.get(name);
        }
    };

    @Override
    public Divergence init(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        current = null;
        frontier = null;
        TLCState recorded = toState(step, trace);
        if (!INIT_ACTOR.equals(step.actor())) {
            return new Divergence(step.seq(), step.line(), step.actor(), step.action(), Divergence.Kind.WRONG_ACTOR,
                    List.of(), Optional.empty(), "step 0's actor is \"" + INIT_ACTOR + "\"");
        }
        if (observation.partial()) {
            try {
                frontier = new FrontierReplay(view, observation);
                Divergence d = frontier.init(step, recorded, new ArrayList<>(initStates.values()), trace);
                current = frontier.exact();
                return d;
            } catch (RuntimeException | StackOverflowError e) {
                throw tlcFailed(step, trace, "checking the initial states", e);
            }
        }
        try {
            TLCState match = initStates.get(recorded.fingerPrint());
            if (match == null) {
                return nearest(step, Divergence.Kind.NOT_INITIAL, recorded,
                        new ArrayList<>(initStates.values()), initStates.size() + " initial state(s)");
            }
            current = match;
            return invariantsHold(step, match);
        } catch (RuntimeException | StackOverflowError e) {
            throw tlcFailed(step, trace, "checking the initial state", e);
        }
    }

    @Override
    public Divergence next(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        if (current == null && frontier == null) {
            throw new ReplayException(trace, step.line(), "step " + step.seq() + " before a conforming step 0", null);
        }
        TLCState recorded = toState(step, trace);
        Divergence notOurs = actorAndAction(step);
        if (notOurs != null) {
            return notOurs;
        }
        if (frontier != null || !step.single()) {
            try {
                if (frontier == null) {
                    frontier = new FrontierReplay(view, observation);
                    frontier.startFrom(current);
                }
                Divergence d = frontier.next(step, recorded, trace);
                current = frontier.exact();
                return d;
            } catch (RuntimeException | StackOverflowError e) {
                throw tlcFailed(step, trace, "computing the candidate states under " + step.action(), e);
            }
        }
        try {
            long fp = recorded.fingerPrint();
            Transition t = new Transition(current.fingerPrint(), step.action(), step.actor(), fp);
            TLCState known = goodStates.get(fp);
            if (known != null && goodSteps.contains(t)) {
                current = known;
                return null;
            }
            Action[] candidates = actions.candidates(step.action(), step.actor());
            List<TLCState> successors = new ArrayList<>();
            for (Action a : candidates) {
                StateVec next = tool.getNextStates(a, current);
                for (int i = 0; i < next.size(); i++) {
                    TLCState s = next.elementAt(i);
                    if (s.fingerPrint() == fp) {
                        current = s;
                        Divergence d = invariantsHold(step, s);
                        if (d == null && goodSteps.size() < CACHE_LIMIT) {
                            goodSteps.add(t);
                        }
                        return d;
                    }
                    successors.add(s);
                }
            }
            if (successors.isEmpty()) {
                return divergence(step, Divergence.Kind.NOT_ENABLED, List.of(), recorded, alternatives(fp));
            }
            return nearest(step, Divergence.Kind.WRONG_SUCCESSOR, recorded, successors, alternatives(fp));
        } catch (RuntimeException | StackOverflowError e) {
            throw tlcFailed(step, trace, "computing successors under " + step.action(), e);
        }
    }

    /** A divergence if the step's action is no action of the spec or not one of its actor's. */
    private Divergence actorAndAction(TraceStep step) {
        Divergence.Kind kind = null;
        String note = null;
        String unknown = step.actions().stream().filter(a -> !actions.knows(a)).findFirst().orElse(null);
        String notTheActors = step.actions().stream()
                .filter(a -> actions.knows(a) && actions.candidates(a, step.actor()).length == 0).findFirst().orElse(null);
        if (unknown != null) {
            kind = Divergence.Kind.UNKNOWN_ACTION;
            note = (step.single() ? "" : unknown + " is not; ") + "the actions of " + module + ": "
                    + String.join(", ", actions.names());
        } else if (!actions.actors().contains(step.actor())) {
            kind = Divergence.Kind.UNKNOWN_ACTOR;
            note = "the actors of this model: " + String.join(", ", actions.actors());
        } else if (notTheActors != null) {
            kind = Divergence.Kind.WRONG_ACTOR;
            note = notTheActors + " is an action of " + String.join(", ", actions.actorsOf(notTheActors));
        }
        if (kind == null) {
            return null;
        }
        return new Divergence(step.seq(), step.line(), step.actor(), step.action(), kind, List.of(),
                Optional.empty(), note);
    }

    @Override
    public Map<String, List<String>> actions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : actions.names()) {
            out.put(name, actions.parameterised(name) ? actions.actorsOf(name) : List.of());
        }
        return out;
    }

    @Override
    public String threadActor() {
        return actions.threadActor();
    }

    @Override
    public long fingerprint() {
        if (current == null) {
            throw new IllegalStateException("no conforming step yet");
        }
        return current.fingerPrint();
    }

    @Override
    public long fingerprint(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        TLCState s = toState(step, trace);
        try {
            return s.fingerPrint();
        } catch (RuntimeException e) {
            throw tlcFailed(step, trace, "fingerprinting the state", e);
        }
    }

    @Override
    public kmcheck.tracefile.TraceValue evaluate(String definition) throws ReplayException {
        OpDefNode d = definition(definition);
        if (d == null) {
            throw new ReplayException("the spec defines no constant " + definition, null);
        }
        try {
            return ValueConverter.toTrace((Value) tool.eval(d.getBody(), Context.Empty, TLCState.Empty));
        } catch (RuntimeException e) {
            throw new ReplayException("TLC failed evaluating " + definition + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StateSpace explore(int maxStates) throws ReplayException {
        try {
            Map<Long, List<StateSpace.Edge>> out = new HashMap<>();
            Map<Long, Set<String>> places = new HashMap<>();
            Map<Set<String>, Set<String>> shared = new HashMap<>();
            Map<Long, Set<String>> broken = new HashMap<>();
            Set<Long> seen = new HashSet<>(initStates.keySet());
            ArrayDeque<TLCState> queue = new ArrayDeque<>(initStates.values());
            boolean complete = true;
            while (!queue.isEmpty()) {
                TLCState s = queue.poll();
                Set<StateSpace.Edge> edges = new LinkedHashSet<>();
                for (Action a : actions.all()) {
                    StateVec next = tool.getNextStates(a, s);
                    for (int i = 0; i < next.size(); i++) {
                        TLCState t = next.elementAt(i);
                        long fp = t.fingerPrint();
                        edges.add(new StateSpace.Edge(a.getName().toString(), actions.actorOf(a), fp, witnesses.of(s, t)));
                        if (!seen.contains(fp)) {
                            if (seen.size() >= maxStates) {
                                complete = false;
                            } else {
                                seen.add(fp);
                                queue.add(t);
                            }
                        }
                    }
                }
                long fp = s.fingerPrint();
                out.put(fp, List.copyOf(edges));
                Set<String> at = control.placesOf(s);
                places.put(fp, shared.computeIfAbsent(at, k -> k));
                Set<String> violated = new TreeSet<>();
                for (int i = 0; i < invariants.length; i++) {
                    if (!tool.isValid(invariants[i], s)) {
                        violated.add(invariantNames[i]);
                    }
                }
                if (!violated.isEmpty()) {
                    broken.put(fp, shared.computeIfAbsent(violated, k -> k));
                }
            }
            return new StateSpace(initStates.keySet(), out, places, actions.names(), control.allPlaces(),
                    witnesses.names(), broken, complete);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReplayException("TLC failed exploring " + module + "'s state space: " + describe(e) + tlcSaid(), e);
        }
    }

    @Override
    public void checkValues(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        toState(step, trace);
    }

    /** The recorded state as a TLC state; rejects values whose shape cannot fit the variable. */
    private TLCState toState(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        TLCState s = TLCState.Empty.createEmpty();
        for (Map.Entry<String, TraceValue> e : step.state().entrySet()) {
            UniqueString name = varNames.get(e.getKey());
            if (name == null) {
                throw new TraceFormatException(trace, step.line(), "unknown variable \"" + e.getKey() + "\"");
            }
            Shape expected = shapes.get(e.getKey());
            Shape actual = Shape.of(e.getValue());
            if (expected != null && actual != expected) {
                throw new TraceFormatException(trace, step.line(), "variable " + e.getKey() + ": the spec holds "
                        + expected.description + ", the trace has " + actual.description + " " + e.getValue().toTla());
            }
            try {
                s.bind(name, values.convert(e.getValue()));
            } catch (RuntimeException ex) {
                throw new TraceFormatException(trace, step.line(), "variable " + e.getKey() + ": TLC rejects "
                        + e.getValue().toTla() + ": " + describe(ex), ex);
            }
        }
        return s;
    }

    /** The first invariant s violates, or null; states found good are remembered by fingerprint. */
    private String firstViolated(TLCState s) {
        long fp = s.fingerPrint();
        if (goodStates.containsKey(fp)) {
            return null;
        }
        for (int i = 0; i < invariants.length; i++) {
            if (!tool.isValid(invariants[i], s)) {
                return invariantNames[i];
            }
        }
        if (goodStates.size() < CACHE_LIMIT) {
            goodStates.put(fp, s);
        }
        return null;
    }

    private Divergence invariantsHold(TraceStep step, TLCState s) {
        long fp = s.fingerPrint();
        if (goodStates.containsKey(fp)) {
            return null;
        }
        for (int i = 0; i < invariants.length; i++) {
            if (!tool.isValid(invariants[i], s)) {
                return new Divergence(step.seq(), step.line(), step.actor(), step.action(),
                        Divergence.Kind.INVARIANT_VIOLATED, List.of(), Optional.of(invariantNames[i]), "");
            }
        }
        if (goodStates.size() < CACHE_LIMIT) {
            goodStates.put(fp, s);
        }
        return null;
    }

    /** The divergence against the candidate differing from {@code recorded} in fewest variables. */
    private Divergence nearest(TraceStep step, Divergence.Kind kind, TLCState recorded, List<TLCState> allowed,
                               String note) {
        List<VarDiff> best = null;
        for (TLCState s : allowed) {
            List<VarDiff> d = diff(recorded, s);
            if (best == null || d.size() < best.size()) {
                best = d;
            }
        }
        return divergence(step, kind, best == null ? List.of() : best, recorded, note);
    }

    private Divergence divergence(TraceStep step, Divergence.Kind kind, List<VarDiff> diffs, TLCState recorded,
                                  String note) {
        // The recorded state is not a spec state, so an invariant may not even evaluate on it.
        String violated = null;
        for (int i = 0; i < invariants.length && violated == null; i++) {
            try {
                if (!tool.isValid(invariants[i], recorded)) {
                    violated = invariantNames[i];
                }
            } catch (RuntimeException e) {
                note = note + (note.isEmpty() ? "" : "; ") + "invariant " + invariantNames[i]
                        + " does not evaluate on the recorded state: " + describe(e);
            }
        }
        return new Divergence(step.seq(), step.line(), step.actor(), step.action(), kind, diffs,
                Optional.ofNullable(violated), note);
    }

    private List<VarDiff> diff(TLCState recorded, TLCState allowed) {
        List<VarDiff> out = new ArrayList<>();
        for (String v : variables) {
            Value r = (Value) recorded.lookup(varNames.get(v));
            Value a = (Value) allowed.lookup(varNames.get(v));
            // fingerprints, not equals: TLC's equals throws on values of different kinds
            if (r.fingerPrint(FP64.New()) != a.fingerPrint(FP64.New())) {
                out.add(new VarDiff(v, r.toString(), a.toString()));
            }
        }
        return out;
    }

    /** Which actions are enabled instead, and which of them (if any) produce the recorded state. */
    private String alternatives(long recordedFp) {
        List<String> enabled = new ArrayList<>();
        List<String> producing = new ArrayList<>();
        for (Action a : actions.all()) {
            StateVec next = tool.getNextStates(a, current);
            if (!next.isEmpty()) {
                enabled.add(ActionIndex.display(a));
            }
            for (int i = 0; i < next.size(); i++) {
                if (next.elementAt(i).fingerPrint() == recordedFp) {
                    producing.add(ActionIndex.display(a));
                    break;
                }
            }
        }
        String note = "enabled here: " + (enabled.isEmpty() ? "none (deadlock)" : String.join(", ", enabled));
        if (!producing.isEmpty()) {
            note += "; the recorded state is a successor under " + String.join(", ", producing);
        }
        return note;
    }

    private ReplayException tlcFailed(TraceStep step, Path trace, String doing, Throwable e) {
        return new ReplayException(trace, step.line(), "TLC failed " + doing + ": " + describe(e) + tlcSaid(), e);
    }

    private String tlcSaid() {
        String tail = output.tail();
        return tail.isEmpty() ? "" : "\nTLC output (tail):\n" + tail;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getName() : m.strip();
    }

    /** The coarse kind of a value, to reject e.g. a string where the spec holds an integer. */
    private enum Shape {
        INT("an integer"), BOOL("a boolean"), ATOM("a string or model value"), SET("a set"),
        FUNCTION("a function or record"), OTHER("another kind of value");

        final String description;

        Shape(String description) {
            this.description = description;
        }

        static Shape of(TraceValue v) {
            if (v instanceof TraceValue.Int) {
                return INT;
            }
            if (v instanceof TraceValue.Bool) {
                return BOOL;
            }
            if (v instanceof TraceValue.Str || v instanceof TraceValue.ModelVal) {
                return ATOM;
            }
            return v instanceof TraceValue.SetVal ? SET : FUNCTION;
        }

        /** OTHER for kinds of initial value whose variables go unchecked (e.g. lazily built sets). */
        static Shape of(Value v) {
            if (v instanceof tlc2.value.impl.IntValue) {
                return INT;
            }
            if (v instanceof tlc2.value.impl.BoolValue) {
                return BOOL;
            }
            if (v instanceof tlc2.value.impl.StringValue || v instanceof tlc2.value.impl.ModelValue) {
                return ATOM;
            }
            if (v instanceof tlc2.value.impl.FcnRcdValue || v instanceof tlc2.value.impl.RecordValue
                    || v instanceof tlc2.value.impl.TupleValue || v instanceof tlc2.value.impl.FcnLambdaValue) {
                return FUNCTION;
            }
            if (v instanceof tlc2.value.impl.Enumerable) {
                return SET;
            }
            return OTHER;
        }
    }
}
