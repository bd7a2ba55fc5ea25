package kmcheck.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kmcheck.model.Constants;
import kmcheck.trace.StateSnapshot;
import kmcheck.trace.Step;

/**
 * Watches a run's steps for the symptoms of the buggy revisions and for broken conservation:
 * a test fixture, not the conformance oracle.  Called under the step lock.
 */
final class Symptoms implements Consumer<Step> {
    /** the run's constants */
    private final Constants k;
    /** what was seen, "seq action: symptom" */
    final List<String> seen = new ArrayList<>();
    /** a process slept holding a page */
    boolean sleptHolding;
    /** a process yielded holding a page */
    boolean yieldedHolding;
    /** a process asked for the km mutex it holds */
    boolean kmRecursion;
    /** an interrupt failed while memory remained */
    boolean badIntrFail;
    /** an interrupt failed while an off-CPU process held a page */
    boolean hoardFail;
    /** page or item conservation failed */
    boolean conservationBroken;

    Symptoms(Constants k) {
        this.k = k;
    }

    @Override
    public void accept(Step s) {
        StateSnapshot st = s.state();
        sleptHolding |= note(s, st.sleepsHolding(), "sleeps holding a page");
        yieldedHolding |= note(s, st.yieldsHolding(), "yields holding a page");
        kmRecursion |= note(s, st.kmMutexRecursion(), "km mutex recursion");
        badIntrFail |= note(s, st.badIntrFail() && !badIntrFail, "interrupt failed while memory remained");
        hoardFail |= note(s, st.hoardFail() && !hoardFail, "interrupt failed while a page was hoarded");
        conservationBroken |= note(s, !st.pagesConserved(k.totalPages()) || !st.itemsConserved(k.items()),
                "conservation broken");
    }

    private boolean note(Step s, boolean b, String what) {
        if (b) {
            seen.add(s.seq() + " " + s.actor() + " " + s.action() + ": " + what);
        }
        return b;
    }

    /** Any symptom of a bug at all. */
    boolean any() {
        return sleptHolding || yieldedHolding || kmRecursion || badIntrFail || hoardFail || conservationBroken;
    }
}
