package kmcheck.replay.tlc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.value.impl.Value;

/**
 * The sub-actions TLC split Next into ({@code tool.getActions()}), by operator name.
 *
 * <p>TLC instantiates a parameterised action once per value of the enclosing {@code \E}, e.g.
 * {@code Want(p1)} and {@code Want(p2)}, each with a context binding the operator's parameters.
 * For a trace step by actor {@code p1} the candidates are the instances of the named operator
 * binding some parameter to {@code p1}; if no instance binds the actor (the operator has no
 * parameters, or the actor is not a parameter value, e.g. {@code env}), all its instances.
 * Not thread-safe (caches).
 */
final class ActionIndex {
    private final Action[] all;
    private final Map<String, List<Action>> byName = new LinkedHashMap<>();
    private final Map<String, Action[]> byNameAndActor = new HashMap<>();

    ActionIndex(Action[] actions) {
        this.all = actions.clone();
        for (Action a : actions) {
            byName.computeIfAbsent(a.getName().toString(), n -> new ArrayList<>()).add(a);
        }
    }

    boolean knows(String name) {
        return byName.containsKey(name);
    }

    Action[] all() {
        return all;
    }

    /** The instances of {@code name} for {@code actor}; {@code name} must be {@link #knows known}. */
    Action[] candidates(String name, String actor) {
        return byNameAndActor.computeIfAbsent(name + '\u0000' + actor, k -> select(name, actor));
    }

    private Action[] select(String name, String actor) {
        List<Action> instances = byName.get(name);
        List<Action> bound = new ArrayList<>();
        for (Action a : instances) {
            for (Value v : arguments(a)) {
                if (names(v, actor)) {
                    bound.add(a);
                    break;
                }
            }
        }
        return (bound.isEmpty() ? instances : bound).toArray(Action[]::new);
    }

    /** {@code Want(p1)}: the operator name and the values its parameters are bound to. */
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

    /** Compares by printed form, since TLC's equals throws on values of different kinds. */
    private static boolean names(Value v, String actor) {
        String s = v.toString();
        return s.equals(actor) || s.equals('"' + actor + '"');
    }
}
