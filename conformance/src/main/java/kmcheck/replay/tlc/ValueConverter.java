package kmcheck.replay.tlc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.tracefile.TraceValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Turns trace values into TLC values of the same TLA+ meaning.
 *
 * <p>Objects whose keys are all strings become records (TLC fingerprints a record and the equal
 * string-domain function alike); other objects, integer-keyed ones included, become functions
 * over an enumerated domain, which TLC fingerprints like the interval-domain function
 * {@code [i \in 0..N |-> ...]} of the spec. Every result is normalized, because fingerprints
 * and comparisons assume it. Not thread-safe (caches).
 */
final class ValueConverter {
    private final Map<String, Value> modelValues = new HashMap<>();
    private final Map<String, Value> strings = new HashMap<>();

    /**
     * A TLC value as the trace schema's value: records and functions become {@code Fcn} (keys
     * in TLC's order), enumerable sets {@code SetVal}.
     *
     * @throws IllegalArgumentException for a value the schema has no form for (an infinite set)
     */
    static TraceValue toTrace(Value v) {
        if (v instanceof IntValue i) {
            return new TraceValue.Int(i.val);
        }
        if (v instanceof BoolValue b) {
            return new TraceValue.Bool(b.val);
        }
        if (v instanceof StringValue s) {
            return new TraceValue.Str(s.getVal().toString());
        }
        if (v instanceof ModelValue m) {
            return new TraceValue.ModelVal(m.val.toString());
        }
        if (v instanceof RecordValue r) {
            Map<TraceValue, TraceValue> entries = new java.util.LinkedHashMap<>();
            for (int i = 0; i < r.names.length; i++) {
                entries.put(new TraceValue.Str(r.names[i].toString()), toTrace(r.values[i]));
            }
            return new TraceValue.Fcn(entries);
        }
        if (v instanceof tlc2.value.impl.Enumerable e && !(v instanceof FcnRcdValue)) {
            List<TraceValue> elements = new java.util.ArrayList<>();
            e.elements().forEach(x -> elements.add(toTrace((Value) x)));
            return new TraceValue.SetVal(elements);
        }
        if (v.toFcnRcd() instanceof FcnRcdValue f) {
            Map<TraceValue, TraceValue> entries = new java.util.LinkedHashMap<>();
            for (int i = 0; i < f.values.length; i++) {
                TraceValue key = f.intv != null ? new TraceValue.Int(f.intv.low + i) : toTrace(f.domain[i]);
                entries.put(key, toTrace(f.values[i]));
            }
            return new TraceValue.Fcn(entries);
        }
        throw new IllegalArgumentException("no trace value for " + v);
    }

    Value convert(TraceValue v) {
        if (v instanceof TraceValue.Int i) {
            return IntValue.gen(i.value());
        }
        if (v instanceof TraceValue.Bool b) {
            return b.value() ? BoolValue.ValTrue : BoolValue.ValFalse;
        }
        if (v instanceof TraceValue.Str s) {
            return strings.computeIfAbsent(s.value(), StringValue::new);
        }
        if (v instanceof TraceValue.ModelVal m) {
            // The model value exists: the generated cfg declared it, and make() returns it.
            return modelValues.computeIfAbsent(m.name(), ModelValue::make);
        }
        if (v instanceof TraceValue.SetVal s) {
            List<TraceValue> es = s.elements();
            Value[] elems = new Value[es.size()];
            for (int i = 0; i < elems.length; i++) {
                elems[i] = convert(es.get(i));
            }
            return new SetEnumValue(elems, false).normalize();
        }
        return function((TraceValue.Fcn) v);
    }

    private Value function(TraceValue.Fcn f) {
        int n = f.entries().size();
        Value[] values = new Value[n];
        TraceValue[] keys = new TraceValue[n];
        int k = 0;
        boolean allStrings = true;
        for (Map.Entry<TraceValue, TraceValue> e : f.entries().entrySet()) {
            keys[k] = e.getKey();
            values[k++] = convert(e.getValue());
            allStrings &= e.getKey() instanceof TraceValue.Str;
        }
        if (n > 0 && allStrings) {
            UniqueString[] names = new UniqueString[n];
            for (int i = 0; i < n; i++) {
                names[i] = UniqueString.uniqueStringOf(((TraceValue.Str) keys[i]).value());
            }
            return new RecordValue(names, values, false).normalize();
        }
        // An explicit domain even for integer keys (0..ITEMS): TLC's interval-domain form of
        // FcnRcdValue fails in some operations of this build ("this.domain is null").
        Value[] domain = new Value[n];
        for (int i = 0; i < n; i++) {
            domain[i] = convert(keys[i]);
        }
        return new FcnRcdValue(domain, values, false).normalize();
    }
}
