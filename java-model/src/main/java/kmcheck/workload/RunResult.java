package kmcheck.workload;

import java.util.List;
import java.util.Optional;
import kmcheck.config.Revision;
import kmcheck.sched.Panic;

/**
 * What a run came to.  Immutable.
 *
 * @param revision       the revision that ran
 * @param decisions      scheduling decisions (controlled runs; 0 for real ones)
 * @param steps          trace records, the initial state included (0 with tracing off)
 * @param quiescent      a controlled run ended because no actor could move, or could make a step
 * @param failures       panics and other failures of actors, "name: exception"
 * @param intrFails      interrupt pool_get calls that returned NULL
 * @param slowdowns      getpage calls that set *slowdown
 * @param yields         yields in pool_do_get
 * @param refillRounds   rounds the km thread published
 * @param mostHeld       the most pages held privately by processes at once
 * @param badIntrFail    an interrupt failed while UVM had a whole round of memory
 * @param hoardFail      an interrupt failed while an off-CPU process held a page
 * @param pageProblems   after shutdown: leaked or duplicated pages, and where (empty: all accounted for)
 * @param invariantsHeld page and item conservation held after shutdown
 * @param threadDump     actors that did not stop in time, with their stacks
 */
public record RunResult(Revision revision, long decisions, long steps, boolean quiescent, List<String> failures,
                        long intrFails, long slowdowns, long yields, long refillRounds, int mostHeld,
                        boolean badIntrFail, boolean hoardFail, List<String> pageProblems, boolean invariantsHeld,
                        Optional<String> threadDump) {

    /** Some actor panicked. */
    public boolean panicked() {
        return failures.stream().anyMatch(f -> f.contains("Panic"));
    }

    /**
     * The failures that are not the kernel's km mutex recursion, the one panic the spec has
     * ({@link Panic#RECURSION}): an actor of the Java model died of an exception of
     * its own, or panicked in a way no revision of the kernel does (mtx_leave of a mutex it does
     * not hold, a sleep or yield in interrupt context): a bug of the implementation, never a
     * verdict on the kernel.
     */
    public List<String> crashes() {
        return failures.stream().filter(f -> !f.contains(Panic.RECURSION)).toList();
    }

    /**
     * This result, or IllegalStateException naming an actor that crashed: its trace ends where it
     * died, and would otherwise pass as a conforming prefix. The recursion panic is no crash.
     */
    public RunResult requireNoCrash() {
        if (!crashes().isEmpty()) {
            throw new IllegalStateException("the Java model crashed (no km mutex recursion): " + crashes());
        }
        return this;
    }

    /**
     * {@link #requireNoCrash}, and IllegalStateException naming a page the audit after shutdown
     * found leaked, duplicated or foreign: the trace counts pages but cannot show where one is,
     * so a conforming trace of a run that lost one hides a bug of the Java model itself.
     */
    public RunResult requireSound() {
        requireNoCrash();
        if (!pageProblems.isEmpty()) {
            throw new IllegalStateException("the Java model's page audit failed: " + pageProblems);
        }
        return this;
    }
}
