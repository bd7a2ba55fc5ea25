package kmcheck.replay.tlc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;

/**
 * The sub-actions TLC split Next into ({@code tool.getActions()}): the one definition of "an
 * action of the spec" and of whose action it is.
 *
 * <p>TLC instantiates a parameterised action once per value of the enclosing {@code \E}, e.g.
 * {@code PStart(p1)} and {@code PStart(p2)}, each with a context binding the operator's
 * parameters. The actor of an instance is the value of its first parameter; the actor of an
 * action without parameters is the spec's {@code ThreadActor}. A step by {@code p1} naming
 * {@code PStart} is checked against {@code PStart(p1)} only; {@code IAlloc} by {@code p1} has no
 * instance at all, and the replay reports it as a wrong actor. Not thread-safe (caches).
 */
final class ActionIndex {
    private final Action[] all;
    private final String threadActor;
    private final Map<String, List<Action>> byName = new LinkedHashMap<>();
    private final Map<String, List<String>> actorsByName = new LinkedHashMap<>();
    private final Set<String> actors = new LinkedHashSet<>();
    private final Map<String, Action[]> byNameAndActor = new HashMap<>();

    /** @param threadActor the actor of parameterless actions, or null if the spec names none */
    ActionIndex(Action[] actions, String threadActor) {
        this.all = actions.clone();
        this.threadActor = threadActor;
        actors.add(kmcheck.replay.SpecEngine.INIT_ACTOR);
        for (Action a : actions) {
            String name = a.getName().toString();
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(a);
            String actor = actor(a);
            if (actor != null) {
                List<String> of = actorsByName.computeIfAbsent(name, n -> new ArrayList<>());
                if (!of.contains(actor)) {
                    of.add(actor);
                }
                actors.add(actor);
            } else {
                actorsByName.computeIfAbsent(name, n -> new ArrayList<>());
            }
        }
    }

    boolean knows(String name) {
        return byName.containsKey(name);
    }

    /** The action names, in TLC's order. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Every actor some action (or step 0) belongs to. */
    Set<String> actors() {
        return actors;
    }

    /** The actors {@code name} is an action of; {@code name} must be {@link #knows known}. */
    List<String> actorsOf(String name) {
        return List.copyOf(actorsByName.get(name));
    }

    /** Whether {@code name}'s instances have parameters (else its actor is the thread actor). */
    boolean parameterised(String name) {
        return !arguments(byName.get(name).get(0)).isEmpty();
    }

    /** The actor of the parameterless actions, or null if the spec names none. */
    String threadActor() {
        return threadActor;
    }

    Action[] all() {
        return all;
    }

    /** Every instance that is {@code actor}'s: the actor's part of Next. */
    Action[] ofActor(String actor) {
        return byNameAndActor.computeIfAbsent('\u0000' + actor, k -> {
            List<Action> out = new ArrayList<>();
            for (Action a : all) {
                if (actor.equals(actor(a))) {
                    out.add(a);
                }
            }
            return out.toArray(Action[]::new);
        });
    }

    /** The instances of {@code name} that are {@code actor}'s; empty if none is. */
    Action[] candidates(String name, String actor) {
        return byNameAndActor.computeIfAbsent(name + '\u0000' + actor, k -> select(name, actor));
    }

    private Action[] select(String name, String actor) {
        List<Action> bound = new ArrayList<>();
        for (Action a : byName.getOrDefault(name, List.of())) {
            if (actor.equals(actor(a))) {
                bound.add(a);
            }
        }
        return bound.toArray(Action[]::new);
    }

    /** The actor of an instance: its first parameter's value, or the thread actor. */
    String actorOf(Action a) {
        return actor(a);
    }

    private String actor(Action a) {
        List<Value> args = arguments(a);
        if (args.isEmpty()) {
            return threadActor;
        }
        Value v = args.get(0);
        return v instanceof StringValue s ? s.getVal().toString() : v.toString();
    }

    /** {@code PStart(p1)}: the operator name and the values its parameters are bound to. */
    static String display(Action a) {
        StringBuilder b = new StringBuilder(a.getName().toString());
        List<Value> args = arguments(a);
        if (!args.isEmpty()) {
            b.append('(');
            for (int i = 0; i < args.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(args.get(i));
            }
            b.append(')');
        }
        return b.toString();
    }

    private static List<Value> arguments(Action a) {
        List<Value> out = new ArrayList<>();
        OpDefNode def = a.getOpDef();
        if (def == null || a.con == null) {
            return out;
        }
        for (FormalParamNode p : def.getParams()) {
            Object v = a.con.lookup(p);
            if (v instanceof Value value) {
                out.add(value);
            }
        }
        return out;
    }
}
