package kmcheck.campaign;

import java.util.Optional;

/**
 * What a campaign found for one revision.
 *
 * @param revision   the revision id
 * @param correct    whether specs/expected.tsv expects its _small model to hold
 * @param tries      controlled runs made
 * @param conforming runs whose trace conformed to the spec and kept every invariant
 * @param first      the first run that did not, if any
 */
public record RevisionResult(String revision, boolean correct, int tries, int conforming,
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

    /** Correct and never diverged, or buggy and caught. */
    public boolean asExpected() {
        return correct == first.isEmpty();
    }

    /** The cell of the history table: "conforms (N runs)" or "caught after N runs, witness K steps". */
    public String cell() {
        return first.map(v -> v.what() + " after " + v.tryNumber() + " run" + (v.tryNumber() == 1 ? "" : "s")
                        + ", witness " + v.witness() + " steps")
                .orElse("conforms (" + tries + " runs)");
    }
}
