package kmcheck.explain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variable's value as TLC prints it, flattened to its leaves so that a step can say which parts
 * changed: a function {@code (p1 :> "idle" @@ p2 :> "get")} becomes {@code pc[p1]}, {@code pc[p2]};
 * a tuple {@code <<a, b>>} {@code x[1]}, {@code x[2]}; a record {@code [f |-> 1]} {@code x.f}. Sets
 * and scalars are leaves, shown as printed but for strings, which lose their quotes (as in the
 * write-ups: {@code pc[p1] idle→get}). Text the grammar does not know stays one leaf: nothing is lost,
 * only less finely split. Nothing here is evaluated.
 */
final class PrintedValue {
    private final String text;
    private int pos;

    private PrintedValue(String text) {
        this.text = text;
    }

    /** Leaf path (starting with {@code name}) to its shown value, in TLC's order. */
    static Map<String, String> leaves(String name, String printed) {
        Map<String, String> out = new LinkedHashMap<>();
        PrintedValue p = new PrintedValue(printed.strip());
        try {
            p.value(name, out);
            p.space();
            if (p.pos != p.text.length()) {
                throw new IllegalArgumentException("trailing text");
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException notUnderstood) {
            out.clear();
            out.put(name, printed.strip());
        }
        return out;
    }

    private void value(String path, Map<String, String> out) {
        space();
        if (text.startsWith("<<", pos)) {
            pos += 2;
            int i = 1;
            space();
            if (!text.startsWith(">>", pos)) {
                do {
                    value(path + "[" + i++ + "]", out);
                    space();
                } while (eat(","));
            }
            expect(">>");
        } else if (text.charAt(pos) == '(' && isFunction()) {
            pos++;
            do {
                space();
                String key = shown(atomText());
                space();
                expect(":>");
                value(path + "[" + key + "]", out);
                space();
            } while (eat("@@"));
            expect(")");
        } else if (text.charAt(pos) == '[') {
            pos++;
            do {
                space();
                String field = atomText();
                space();
                expect("|->");
                value(path + "." + field, out);
                space();
            } while (eat(","));
            expect("]");
        } else {
            out.put(path, shown(leafText()));
        }
    }

    /** Whether the parenthesis at pos opens {@code (k :> v @@ ...)}. */
    private boolean isFunction() {
        int save = pos;
        pos++;
        try {
            atomText();
            space();
            return text.startsWith(":>", pos);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        } finally {
            pos = save;
        }
    }

    /** A string literal, a number, a name or a set: up to where the enclosing structure goes on. */
    private String leafText() {
        if (text.charAt(pos) == '"' || Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-') {
            return atomText();
        }
        if (text.charAt(pos) == '{') {
            int depth = 0;
            int start = pos;
            do {
                char c = text.charAt(pos++);
                if (c == '"') {
                    pos = endOfString(pos - 1);
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            } while (depth > 0);
            return text.substring(start, pos);
        }
        throw new IllegalArgumentException("unknown value at " + pos);
    }

    private String atomText() {
        int start = pos;
        if (text.charAt(pos) == '"') {
            pos = endOfString(pos);
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

    /** The index just past the string literal starting at {@code quote}. */
    private int endOfString(int quote) {
        int i = quote + 1;
        while (text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

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
