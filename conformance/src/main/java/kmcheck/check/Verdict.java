package kmcheck.check;

import java.util.Objects;

/**
 * An outcome of model checking: its kind, the name of the invariant or property that failed (for
 * {@link VerdictKind#INVARIANT} and {@link VerdictKind#PROPERTY}; {@code null} otherwise, or when TLC
 * did not say which one), and a message: for {@link VerdictKind#ERROR} TLC's message (its first
 * lines), for an unnamed property why it is unnamed; {@code null} otherwise.
 *
 * <p>Two verdicts {@link #matches match} iff their kinds are equal and, where the kind names a
 * property, the names are equal: failing for a different invariant than expected is a mismatch.
 */
public record Verdict(VerdictKind kind, String property, String message) {

    public Verdict {
        Objects.requireNonNull(kind, "kind");
    }

    public static Verdict ok() {
        return new Verdict(VerdictKind.OK, null, null);
    }

    public static Verdict deadlock() {
        return new Verdict(VerdictKind.DEADLOCK, null, null);
    }

    public static Verdict invariant(String name) {
        return new Verdict(VerdictKind.INVARIANT, name, null);
    }

    public static Verdict property(String name) {
        return new Verdict(VerdictKind.PROPERTY, name, null);
    }

    public static Verdict error(String message) {
        return new Verdict(VerdictKind.ERROR, null, message);
    }

    /** Whether this verdict is the same outcome as {@code other} (kind and, where named, the property). */
    public boolean matches(Verdict other) {
        if (kind != other.kind || kind == VerdictKind.ERROR) {
            return false;
        }
        return !kind.namesProperty() || (property != null && property.equals(other.property));
    }

    /** E.g. {@code ok}, {@code invariant SumInv}, {@code deadlock}, {@code error: <first paragraph>}. */
    @Override
    public String toString() {
        if (kind == VerdictKind.ERROR) {
            return "error: " + summary(message);
        }
        if (kind.namesProperty()) {
            return kind.word() + " " + (property == null ? "?" : property);
        }
        return kind.word();
    }

    /** The first paragraph of TLC's message on one line (TLC wraps its sentences). */
    private static String summary(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        return text.strip().split("\\R\\s*\\R", 2)[0].replaceAll("\\s*\\R\\s*", " ");
    }
}
