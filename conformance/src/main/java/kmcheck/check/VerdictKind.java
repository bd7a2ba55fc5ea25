package kmcheck.check;

import java.util.Locale;
import java.util.Optional;

/** The kinds of outcome of one TLC run. {@link #ERROR} is never an expected outcome. */
public enum VerdictKind {
    OK, INVARIANT, PROPERTY, DEADLOCK, ERROR;

    /** Whether a verdict of this kind names the invariant or property that failed. */
    public boolean namesProperty() {
        return this == INVARIANT || this == PROPERTY;
    }

    /** The lower-case word used in expected.tsv and in tables. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The expected kind written {@code word} in expected.tsv; empty for anything else, including "error". */
    public static Optional<VerdictKind> parseExpected(String word) {
        for (VerdictKind kind : values()) {
            if (kind != ERROR && kind.word().equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
