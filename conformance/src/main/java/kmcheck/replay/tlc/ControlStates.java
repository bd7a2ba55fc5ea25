package kmcheck.replay.tlc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kmcheck.replay.SpecEngine;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.Context;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * The spec's {@value SpecEngine#CONTROL_STATES}: its control variables and their places, as
 * {@code "pc=idle"}, {@code "tpc=top"}. A spec that defines no such operator has no places.
 * Immutable after construction.
 */
final class ControlStates {
    /** variable name to its declared places */
    private final Map<String, Set<String>> declared;
    private final Map<String, UniqueString> vars;

    private ControlStates(Map<String, Set<String>> declared, Map<String, UniqueString> vars) {
        this.declared = declared;
        this.vars = vars;
    }

    static ControlStates of(FastTool tool, Map<String, UniqueString> varNames) {
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        Map<String, UniqueString> vars = new LinkedHashMap<>();
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (!d.getName().toString().equals(SpecEngine.CONTROL_STATES) || d.getArity() != 0) {
                continue;
            }
            Value v = ((Value) tool.eval(d.getBody(), Context.Empty, TLCState.Empty)).toRcd();
            if (!(v instanceof RecordValue r)) {
                throw new IllegalArgumentException(SpecEngine.CONTROL_STATES + " is not a record of sets");
            }
            for (int i = 0; i < r.names.length; i++) {
                String var = r.names[i].toString();
                if (!varNames.containsKey(var) || !(r.values[i] instanceof Enumerable places)) {
                    throw new IllegalArgumentException(SpecEngine.CONTROL_STATES + "." + var
                            + ": not a variable mapped to a set of places");
                }
                Set<String> names = new TreeSet<>();
                places.elements().forEach(p -> names.add(place(var, p)));
                declared.put(var, names);
                vars.put(var, varNames.get(var));
            }
        }
        return new ControlStates(declared, vars);
    }

    Set<String> allPlaces() {
        Set<String> all = new TreeSet<>();
        declared.values().forEach(all::addAll);
        return all;
    }

    /** The places of the control variables in s: for a function-valued one, of every argument. */
    Set<String> placesOf(TLCState s) {
        Set<String> at = new TreeSet<>();
        for (Map.Entry<String, UniqueString> v : vars.entrySet()) {
            Value value = (Value) s.lookup(v.getValue());
            if (value instanceof StringValue) {
                at.add(place(v.getKey(), value));
            } else if (value.toFcnRcd() instanceof FcnRcdValue f) {
                for (Value p : f.values) {
                    at.add(place(v.getKey(), p));
                }
            }
        }
        return Set.copyOf(at);
    }

    private static String place(String var, Value v) {
        return var + "=" + (v instanceof StringValue str ? str.getVal().toString() : v.toString());
    }
}
