package kmcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionTest {

    @Test
    void everySpecIdResolvesToItsConstant() {
        List<String> ids = List.of("km1.38", "km1.66", "km1.67", "km1.68", "km1.77", "km1.79", "km1.84",
                "pool1.160", "pool1.166");
        assertEquals(ids, Arrays.stream(Revision.values()).map(Revision::id).toList());
        for (String id : ids) {
            assertEquals(id, Revision.fromId(id).id());
        }
    }

    @Test
    void unknownIdIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Revision.fromId("km1.99"));
        assertTrue(e.getMessage().contains("km1.99"), e.getMessage());
        assertTrue(e.getMessage().contains("Revision"), e.getMessage());
    }

    @Test
    void rowsMirrorTheSpecsRevisionTable() {
        assertFalse(Revision.KM_1_38.waitok());
        // uvm_km.c 1.38: the lowat check after splx in uvm_km_getpage; uvm_km_thread sleeps with an if
        assertTrue(Revision.KM_1_38.postUnlocked() && !Revision.KM_1_38.recheck());
        assertTrue(Revision.KM_1_66.postUnlocked() && !Revision.KM_1_66.slowdown());
        assertTrue(Revision.KM_1_67.sleepHolding());
        assertTrue(Revision.KM_1_68.slowdown() && Revision.KM_1_68.postUnlocked() && Revision.KM_1_68.wakeOnFail());
        assertEquals(Revision.PutPage.INLINE, Revision.KM_1_77.putPage());
        assertTrue(Revision.KM_1_77.bounded() && !Revision.KM_1_77.recheck());
        assertEquals(Revision.PutPage.INLINE, Revision.KM_1_79.putPage());
        // uvm_km.c 1.77: uvm_km_thread's round runs with the mutex its msleep gave back
        assertEquals(List.of(Revision.KM_1_77),
                Arrays.stream(Revision.values()).filter(Revision::roundLocked).toList());
        assertEquals(Revision.PutPage.FREELIST, Revision.KM_1_84.putPage());
        assertEquals(Revision.Yield.BEFORE_INSERT, Revision.POOL_1_160.yield());
        assertEquals(Revision.Yield.AFTER_INSERT, Revision.POOL_1_166.yield());
    }
}
