package kmcheck.explain;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variable's value as TLC prints it, parsed (never evaluated) into a small tree:
 * <ul>
 *   <li>for a step table, flattened to its leaves so that a step can say which parts changed: a
 *       function {@code (p1 :> "idle" @@ p2 :> "get")} becomes {@code pc[p1]}, {@code pc[p2]}; a tuple
 *       {@code <<a, b>>} {@code x[1]}, {@code x[2]}; a record {@code [f |-> 1]} {@code x.f}; sets and
 *       scalars are leaves, shown as printed but for strings, which lose their quotes (as in the
 *       write-ups: {@code pc[p1] idle→get}). Text the grammar does not know stays one leaf;</li>
 *   <li>for a replay, written as the trace schema's JSON (specs/TRACE.md): functions, tuples and records
 *       as objects, sets as {@code {"set": [...]}}.</li>
 * </ul>
 */
final class PrintedValue {
    /** A parsed value. */
    sealed interface Node permits Atom, Composite, SetOf {
    }

    /** A string (without its quotes, {@code quoted}), an integer, a boolean or a model value. */
    record Atom(String text, boolean quoted) implements Node {
    }

    /** A function, tuple (keys 1..n) or record (keys its fields); {@code brackets} says how keys print. */
    record Composite(Map<String, Node> entries, boolean fields) implements Node {
    }

    record SetOf(List<Node> elements, String printed) implements Node {
    }

    private final String text;
    private int pos;

    private PrintedValue(String text) {
        this.text = text;
    }

    /** The parsed value, or null when the grammar does not know the text. */
    static Node parse(String printed) {
        PrintedValue p = new PrintedValue(printed.strip());
        try {
            Node n = p.value();
            p.space();
            return p.pos == p.text.length() ? n : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException notUnderstood) {
            return null;
        }
    }

    /** Leaf path (starting with {@code name}) to its shown value, in TLC's order. */
    static Map<String, String> leaves(String name, String printed) {
        Map<String, String> out = new LinkedHashMap<>();
        Node n = parse(printed);
        if (n == null) {
            out.put(name, printed.strip());
        } else {
            flatten(name, n, out);
        }
        return out;
    }

    private static void flatten(String path, Node n, Map<String, String> out) {
        if (n instanceof Atom a) {
            out.put(path, a.text());
        } else if (n instanceof SetOf s) {
            out.put(path, s.printed());
        } else if (n instanceof Composite c) {
            c.entries().forEach((k, v) -> flatten(c.fields() ? path + "." + k : path + "[" + k + "]", v, out));
        }
    }

    /**
     * Writes the value as trace JSON.
     *
     * @throws IllegalArgumentException the printed text is not a value the grammar knows
     */
    static void json(String printed, JsonGenerator g) throws IOException {
        Node n = parse(printed);
        if (n == null) {
            throw new IllegalArgumentException("not a value kmcheck can read back: " + printed);
        }
        json(n, g);
    }

    private static void json(Node n, JsonGenerator g) throws IOException {
        if (n instanceof Atom a) {
            if (a.quoted()) {
                g.writeString(a.text());
            } else if (a.text().equals("TRUE") || a.text().equals("FALSE")) {
                g.writeBoolean(a.text().equals("TRUE"));
            } else if (a.text().matches("-?[0-9]+")) {
                g.writeNumber(Long.parseLong(a.text()));
            } else {
                g.writeString(a.text()); // a model value: the reader knows it from the header
            }
        } else if (n instanceof SetOf s) {
            g.writeStartObject();
            g.writeArrayFieldStart("set");
            for (Node e : s.elements()) {
                json(e, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (n instanceof Composite c) {
            g.writeStartObject();
            for (Map.Entry<String, Node> e : c.entries().entrySet()) {
                g.writeFieldName(e.getKey());
                json(e.getValue(), g);
            }
            g.writeEndObject();
        }
    }

    private Node value() {
        space();
        if (text.startsWith("<<", pos)) {
            pos += 2;
            Map<String, Node> entries = new LinkedHashMap<>();
            space();
            if (!text.startsWith(">>", pos)) {
                do {
                    entries.put(Integer.toString(entries.size() + 1), value());
                    space();
                } while (eat(","));
            }
            expect(">>");
            return new Composite(entries, false);
        }
        if (text.charAt(pos) == '(' && isFunction()) {
            pos++;
            Map<String, Node> entries = new LinkedHashMap<>();
            do {
                space();
                String key = shown(atomText());
                expect(":>");
                entries.put(key, value());
            } while (eat("@@"));
            expect(")");
            return new Composite(entries, false);
        }
        if (text.charAt(pos) == '[') {
            pos++;
            Map<String, Node> entries = new LinkedHashMap<>();
            do {
                space();
                String field = atomText();
                expect("|->");
                entries.put(field, value());
            } while (eat(","));
            expect("]");
            return new Composite(entries, true);
        }
        if (text.charAt(pos) == '{') {
            int start = pos++;
            List<Node> elements = new ArrayList<>();
            space();
            if (text.charAt(pos) != '}') {
                do {
                    elements.add(value());
                } while (eat(","));
            }
            expect("}");
            return new SetOf(elements, text.substring(start, pos));
        }
        String atom = atomText();
        return new Atom(shown(atom), atom.startsWith("\""));
    }

    /** Whether the parenthesis at pos opens {@code (k :> v @@ ...)}. */
    private boolean isFunction() {
        int save = pos;
        pos++;
        try {
            space();
            atomText();
            space();
            return text.startsWith(":>", pos);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        } finally {
            pos = save;
        }
    }

    /** A string literal, a number or a name. */
    private String atomText() {
        int start = pos;
        if (text.charAt(pos) == '"') {
            int i = pos + 1;
            while (text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            pos = i + 1;
        } else {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || (pos == start && text.charAt(pos) == '-'))) {
                pos++;
            }
        }
        if (pos == start) {
            throw new IllegalArgumentException("expected a value at " + pos);
        }
        return text.substring(start, pos);
    }

    /** An atom as shown: a string without its quotes (TLC's escapes kept as printed). */
    private static String shown(String atom) {
        return atom.startsWith("\"") ? atom.substring(1, atom.length() - 1) : atom;
    }

    private void space() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(String token) {
        space();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!eat(token)) {
            throw new IllegalArgumentException("expected " + token + " at " + pos);
        }
    }
}
