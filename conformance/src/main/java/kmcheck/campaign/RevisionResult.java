package kmcheck.campaign;

import java.util.Optional;

/**
 * What a campaign found for one revision.
 *
 * @param revision   the revision id
 * @param correct    whether specs/expected.tsv expects its _small model to hold
 * @param expected   for a buggy revision, the invariant its _small model must violate (expected.tsv);
 *                   {@code "-"} for a correct one
 * @param tries      controlled runs made
 * @param conforming runs whose trace conformed to the spec and kept every invariant
 * @param first      the first run that did not, if any
 */
public record RevisionResult(String revision, boolean correct, String expected, int tries, int conforming,
                             Optional<Violation> first) {

    /**
     * The first non-conforming run.
     *
     * @param tryNumber  which try, from 1
     * @param what       the violated invariant, or the kind of divergence
     * @param witness    its steps after Init, up to the violation
     */
    public record Violation(int tryNumber, String what, long witness) {
    }

    /**
     * Correct and never diverged, or buggy and caught by exactly the violation expected.tsv names:
     * another divergence (a wrong successor, another invariant) is not the bug the revision has.
     */
    public boolean asExpected() {
        return correct ? first.isEmpty() : first.filter(v -> v.what().equals(expected)).isPresent();
    }

    /** The cell of the campaign's progress line, with what was expected where it was not found. */
    public String cell() {
        if (first.isEmpty()) {
            return correct ? "conforms (" + tries + " runs)" : "not caught in " + tries + " runs (expected " + expected + ")";
        }
        Violation v = first.get();
        String found = v.what() + " after " + v.tryNumber() + " run" + (v.tryNumber() == 1 ? "" : "s")
                + ", witness " + v.witness() + " steps";
        return asExpected() ? found : found + " (expected " + (correct ? "none" : expected) + ")";
    }
}
