package kmcheck.tracefile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A value of a spec variable or constant as written in a trace, independent of TLC.
 *
 * <p>The JSON encoding (specs/TRACE.md#trace-schema) maps one-to-one onto these cases:
 * <table>
 *   <caption>JSON ↔ TraceValue ↔ TLA+</caption>
 *   <tr><th>JSON</th><th>TraceValue</th><th>TLA+</th></tr>
 *   <tr><td>integer</td><td>{@link Int}</td><td>integer</td></tr>
 *   <tr><td>true / false</td><td>{@link Bool}</td><td>TRUE / FALSE</td></tr>
 *   <tr><td>string naming a model value of the header's constants</td><td>{@link ModelVal}</td>
 *       <td>model value</td></tr>
 *   <tr><td>any other string</td><td>{@link Str}</td><td>string</td></tr>
 *   <tr><td>{@code {"set":[...]}}</td><td>{@link SetVal}</td><td>finite set</td></tr>
 *   <tr><td>any other object</td><td>{@link Fcn}</td><td>function or record; keys that are decimal
 *       integers are integers, keys naming model values are model values, other keys are strings
 *       (record fields)</td></tr>
 * </table>
 *
 * <p>Immutable; safe to share between threads.
 */
public sealed interface TraceValue {

    /** The value in TLA+ notation, for diagnostics. */
    String toTla();

    /**
     * The value in TLC's .cfg notation, for a constant assignment: sets of scalars, and scalars
     * (which print as in TLA+).  A cfg has no syntax for functions or records.  Model values are
     * identifiers by then: the reader rejects any other name.
     *
     * @throws IllegalArgumentException for a function or record, a set holding one, or a string
     *                                  TLA+ cannot hold
     */
    default String toCfg() {
        if (this instanceof SetVal s) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < s.elements().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(s.elements().get(i).toCfg());
            }
            return b.append('}').toString();
        }
        if (this instanceof Fcn) {
            throw new IllegalArgumentException("a function or record, which a TLC .cfg cannot express");
        }
        if (this instanceof Str s) {
            return TlaText.string(s.value());
        }
        return toTla();
    }

    // The atoms spell out equals and hashCode: they are hash keys on the replay's hot path, and
    // the records' generated versions go through method handles, which profiled noticeably slower.

    /** An integer. TLC integers are 32 bit; wider values are rejected by the reader. */
    record Int(int value) implements TraceValue {
        @Override public String toTla() { return Integer.toString(value); }
        @Override public boolean equals(Object o) { return o instanceof Int i && i.value == value; }
        @Override public int hashCode() { return value; }
    }

    /** A boolean. */
    record Bool(boolean value) implements TraceValue {
        @Override public String toTla() { return value ? "TRUE" : "FALSE"; }
        @Override public boolean equals(Object o) { return o instanceof Bool b && b.value == value; }
        @Override public int hashCode() { return value ? 1231 : 1237; }
    }

    /** A TLA+ string. */
    record Str(String value) implements TraceValue {
        /** For messages; {@link TlaText#string} is the one writer of string literals into TLA+ text. */
        @Override public String toTla() {
            return TlaText.isWritableString(value) ? TlaText.string(value) : TlaText.printable(value);
        }
        @Override public boolean equals(Object o) { return o instanceof Str s && s.value.equals(value); }
        @Override public int hashCode() { return value.hashCode(); }
    }

    /** A model value (an element of a constant such as {@code Procs = {p1, p2}}). */
    record ModelVal(String name) implements TraceValue {
        @Override public String toTla() { return name; }
        @Override public boolean equals(Object o) { return o instanceof ModelVal m && m.name.equals(name); }
        @Override public int hashCode() { return ~name.hashCode(); }
    }

    /**
     * A finite set. Elements are kept in trace order for printing, but equality ignores order,
     * as set equality does. Duplicates are the reader's concern.
     */
    record SetVal(List<TraceValue> elements) implements TraceValue {
        public SetVal { elements = List.copyOf(elements); }
        @Override public boolean equals(Object o) {
            return o instanceof SetVal s && s.elements.size() == elements.size()
                    && new java.util.HashSet<>(elements).equals(new java.util.HashSet<>(s.elements));
        }
        @Override public int hashCode() { return new java.util.HashSet<>(elements).hashCode(); }
        @Override public String toTla() {
            return elements.stream().map(TraceValue::toTla).collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** A function or record, keys in trace order. */
    record Fcn(Map<TraceValue, TraceValue> entries) implements TraceValue {
        public Fcn { entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries)); }
        @Override public String toTla() {
            if (entries.isEmpty()) {
                return "<<>>";
            }
            return entries.entrySet().stream()
                    .map(e -> e.getKey().toTla() + " :> " + e.getValue().toTla())
                    .collect(Collectors.joining(" @@ ", "(", ")"));
        }
    }
}
