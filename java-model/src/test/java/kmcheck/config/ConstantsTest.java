package kmcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ConstantsTest {

    @Test
    void defaultsAreTheSmallKm168Model() {
        Constants k = Constants.defaults().build();
        assertEquals(Revision.KM_1_68, k.revision());
        assertEquals(List.of("p1", "p2"), k.procNames());
        assertEquals(List.of("i1"), k.intrNames());
        assertEquals(10, k.totalPages());
        assertEquals(6, Constants.defaults().revision(Revision.KM_1_84).build().totalPages(),
                "from 1.77 the reserve's INITFREE tokens are addresses, MEM is all the memory");
    }

    private static void rejected(String parameter, UnaryOperator<Constants.Builder> bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bad.apply(Constants.defaults()).build());
        assertTrue(e.getMessage().startsWith(parameter), parameter + ": " + e.getMessage());
    }

    @Test
    void badParametersAreRejectedByName() {
        rejected("LOWAT", b -> b.lowat(5));
        rejected("LOWAT", b -> b.lowat(0));
        rejected("MEM", b -> b.mem(-1));
        rejected("INITFREE", b -> b.initFree(-4));
        rejected("ITEMS", b -> b.items(0));
        rejected("HIWAT", b -> b.hiwat(3));
        rejected("HIWAT", b -> b.initFree(4).hiwat(5));
        rejected("BATCH", b -> b.batch(0));
        rejected("Procs", b -> b.procs(0));
        rejected("Intrs", b -> b.intrs(-1));
        rejected("MAXIDLE", b -> b.maxIdle(-1));
        rejected("MAXINTR", b -> b.maxIntr(-1));
        rejected("MAXUSE", b -> b.maxUse(-1));
        rejected("Revision", b -> b.revision("pool1.999"));
    }
}
