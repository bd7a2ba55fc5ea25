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
        return new RunResult(Revision.KM_1_77, 10, 5, false, failures, 0, 0, 0, 0, 0, false, false, List.of(),
                true, Optional.empty());
    }

    @Test
    void aKernelPanicIsNoCrash() {
        RunResult r = withFailures(List.of("km: kmcheck.sched.Panic: mtx_enter: locking against myself: uvm_km_mtx held by km"));
        assertTrue(r.panicked());
        assertEquals(r, r.requireNoCrash());
    }

    @Test
    void anExceptionOfTheJavaModelIsACrashNamed() {
        RunResult r = withFailures(List.of("p1: java.lang.NullPointerException: got"));
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireNoCrash);
        assertTrue(e.getMessage().contains("p1: java.lang.NullPointerException"), e.getMessage());
    }
}
