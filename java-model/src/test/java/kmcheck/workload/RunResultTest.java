package kmcheck.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kmcheck.config.Revision;
import org.junit.jupiter.api.Test;

class RunResultTest {

    private static RunResult withFailures(List<String> failures) {
        return result(failures, List.of());
    }

    private static RunResult result(List<String> failures, List<String> pageProblems) {
        return new RunResult(Revision.KM_1_77, 10, 5, false, failures, 0, 0, 0, 0, 0, false, false, pageProblems,
                true, Optional.empty());
    }

    @Test
    void aKernelPanicIsNoCrash() {
        RunResult r = withFailures(List.of("km: kmcheck.sched.Panic: mtx_enter: locking against myself: uvm_km_mtx held by km"));
        assertTrue(r.panicked());
        assertEquals(r, r.requireSound());
    }

    @Test
    void anExceptionOfTheJavaModelIsACrashNamed() {
        RunResult r = withFailures(List.of("p1: java.lang.NullPointerException: got"));
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireNoCrash);
        assertTrue(e.getMessage().contains("p1: java.lang.NullPointerException"), e.getMessage());
        assertThrows(IllegalStateException.class, r::requireSound);
    }

    @Test
    void aFailedPageAuditIsNamed() {
        RunResult r = result(List.of(), List.of("page 3 leaked: in no place"));
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireSound);
        assertTrue(e.getMessage().contains("page audit failed: [page 3 leaked: in no place]"), e.getMessage());
        // before replay only crashes count: a lost page is the spec's to name (PageConservationInv)
        assertEquals(r, r.requireNoCrash());
    }

    @Test
    void theRecursionOfAnotherMutexIsACrash() {
        RunResult r = withFailures(List.of("p1: kmcheck.sched.Panic: mtx_enter: locking against myself: pr_mtx held by p1"));
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireNoCrash);
        assertTrue(e.getMessage().contains("pr_mtx held by p1"), e.getMessage());
    }

    @Test
    void aPanicTheSpecDoesNotHaveIsACrash() {
        RunResult r = withFailures(List.of("i1: kmcheck.sched.Panic: mtx_leave: pr_mtx not held by i1 but by null"));
        assertTrue(r.panicked());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireSound);
        assertTrue(e.getMessage().contains("mtx_leave: pr_mtx not held"), e.getMessage());
    }
}
