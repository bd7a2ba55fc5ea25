package kmcheck.replay.tlc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.trace.TraceValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.IntervalValue;
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
 * string-domain function alike); objects with integer keys forming an interval become functions
 * over that {@link IntervalValue}, as {@code [i \in 0..N |-> ...]} does in the spec; other objects
 * become functions over an enumerated domain. Every result is normalized, because fingerprints
 * and comparisons assume it. Not thread-safe (caches).
 */
final class ValueConverter {
    private final Map<String, Value> modelValues = new HashMap<>();
    private final Map<String, Value> strings = new HashMap<>();

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
        boolean allInts = true;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Map.Entry<TraceValue, TraceValue> e : f.entries().entrySet()) {
            keys[k] = e.getKey();
            values[k++] = convert(e.getValue());
            allStrings &= e.getKey() instanceof TraceValue.Str;
            if (e.getKey() instanceof TraceValue.Int i) {
                min = Math.min(min, i.value());
                max = Math.max(max, i.value());
            } else {
                allInts = false;
            }
        }
        if (n > 0 && allStrings) {
            UniqueString[] names = new UniqueString[n];
            for (int i = 0; i < n; i++) {
                names[i] = UniqueString.uniqueStringOf(((TraceValue.Str) keys[i]).value());
            }
            return new RecordValue(names, values, false).normalize();
        }
        if (n > 0 && allInts && (long) max - min + 1 == n) {
            // Keys are distinct (the reader checks), so n keys within [min, max] fill it.
            Value[] ordered = new Value[n];
            for (int i = 0; i < n; i++) {
                ordered[((TraceValue.Int) keys[i]).value() - min] = values[i];
            }
            return new FcnRcdValue(new IntervalValue(min, max), ordered);
        }
        Value[] domain = new Value[n];
        for (int i = 0; i < n; i++) {
            domain[i] = convert(keys[i]);
        }
        return new FcnRcdValue(domain, values, false).normalize();
    }
}
