package kmcheck.matrix;

import java.time.Duration;

/**
 * What TLC said about one cell.
 *
 * @param outcome   {@link Outcome}
 * @param cexLength states of TLC's counterexample for a failing cell, else 0
 * @param run       the TLC run that decided the cell (its cfg checked this and possibly other cells)
 * @param elapsed   wall time of that run
 * @param message   for an error, TLC's message in one line; else empty
 */
public record CellResult(Cell cell, Outcome outcome, int cexLength, int run, Duration elapsed, String message) {

    /** A cell's outcome. */
    public enum Outcome {
        OK("ok"), FAILS("fails"), NOT_APPLICABLE("n/a"), ERROR("error");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Outcome of(String word) {
            for (Outcome o : values()) {
                if (o.word.equals(word)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** Whether TLC agrees with matrix.tsv. */
    public boolean asExpected() {
        return switch (cell.expected()) {
            case OK -> outcome == Outcome.OK;
            case FAILS -> outcome == Outcome.FAILS;
            case NOT_APPLICABLE -> outcome == Outcome.NOT_APPLICABLE;
        };
    }
}
