package kmcheck.matrix;

import java.util.Objects;

/**
 * One cell of the full matrix, as specs/matrix.tsv states it: a revision, a property of the spec,
 * how it is checked, the model whose bounds it is checked under, and the expected outcome.
 *
 * @param check    {@code invariant} (under the base's {@code Spec}) or {@code property} (a temporal
 *                 property, under the base's {@code LiveSpec})
 * @param base     the model of expected.tsv whose cfg the cell's cfg is made from, its revision replaced
 *                 by this one; {@code -} for a cell that does not apply
 * @param expected {@link Expected}
 * @param why      for a cell that does not apply, why; otherwise a note or empty
 * @param line     the line of matrix.tsv, for messages
 */
public record Cell(String revision, String property, Check check, String base, Expected expected, String why, int line) {
    public Cell {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(property, "property");
    }

    /** How a property is checked. */
    public enum Check {
        INVARIANT, PROPERTY;

        /** The cfg section that lists it. */
        String section() {
            return this == INVARIANT ? "INVARIANTS" : "PROPERTIES";
        }
    }

    /** What TLC must say about the cell. */
    public enum Expected {
        /** holds over the whole state space of the base's bounds */
        OK("ok"),
        /** TLC reports this very property violated */
        FAILS("fails"),
        /** not applicable: not run; {@code why} says why */
        NOT_APPLICABLE("n/a");

        private final String word;

        Expected(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Expected of(String word) {
            for (Expected e : values()) {
                if (e.word.equals(word)) {
                    return e;
                }
            }
            return null;
        }
    }
}
