package kmcheck.tracefile;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only way a name or string from a trace becomes TLA+ or cfg text: names must be TLA+
 * identifiers that no keyword of TLA+ or of TLC's cfg language shadows, and strings are written
 * with TLA+'s escapes. Anything else is rejected, so that no trace can add a line, a directive
 * ({@code INVARIANT}, {@code <-}) or a comment to a generated cfg or module. Stateless.
 */
public final class TlaText {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*");

    /** TLA+'s reserved words and the words TLC's cfg parser treats as keywords. */
    private static final Set<String> RESERVED = Set.of(
            "ASSUME", "ASSUMPTION", "AXIOM", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS", "DOMAIN", "ELSE",
            "ENABLED", "EXCEPT", "EXTENDS", "IF", "IN", "INSTANCE", "LET", "LOCAL", "MODULE", "OTHER",
            "SF_", "SUBSET", "THEN", "THEOREM", "UNCHANGED", "UNION", "VARIABLE", "VARIABLES", "WF_",
            "WITH", "TRUE", "FALSE", "BOOLEAN", "STRING", "LAMBDA", "RECURSIVE", "PROOF", "BY", "QED",
            "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES",
            "SYMMETRY", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "VIEW",
            "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS", "TYPE", "TYPE_CONSTRAINT");

    private TlaText() {
    }

    /** Whether {@code s} may stand as a name (constant, model value, module) in TLA+ and cfg text. */
    public static boolean isIdentifier(String s) {
        return s != null && IDENT.matcher(s).matches() && !RESERVED.contains(s);
    }

    /** Whether {@code s} can be written as a TLA+ string literal: printable ASCII, tab and newline. */
    public static boolean isWritableString(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s} as a TLA+ string literal, with TLA+'s escapes for quote, backslash and the
     * control characters it has escapes for.
     *
     * @throws IllegalArgumentException for characters TLA+ strings cannot hold
     */
    public static String string(String s) {
        if (!isWritableString(s)) {
            throw new IllegalArgumentException("string " + printable(s)
                    + " holds a character a TLA+ string cannot (only printable ASCII, tab and newline)");
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\f' -> b.append("\\f");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** {@code s} for a one-line message: quoted, control and non-ASCII characters as \\uXXXX, cut at 60. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < 60; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(s.length() > 60 ? "...\"" : "\"").toString();
    }
}
