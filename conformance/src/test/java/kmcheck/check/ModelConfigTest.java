package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelConfigTest {

    @Test
    void revisionInAConstantsBlock() {
        ModelConfig c = ModelConfig.parse("CONSTANTS\n  N = 2\n  Revision = \"pool1.160\"\nINIT Init\n");
        assertEquals(Optional.of("pool1.160"), c.revision());
    }

    @Test
    void revisionOnAConstantLine() {
        assertEquals(Optional.of("km1.38"), ModelConfig.parse("CONSTANT Revision=\"km1.38\"").revision());
    }

    @Test
    void commentsAndOtherSectionsAreIgnored() {
        ModelConfig c = ModelConfig.parse("""
                \\* CONSTANT Revision = "km1.66"
                (* CONSTANT Revision = "km1.67" *)
                INVARIANT Revision
                CONSTANT Revision <- MCRevision
                """);
        assertEquals(Optional.empty(), c.revision());
    }

    @Test
    void definitionOverridesAreReadApartFromConstants() {
        ModelConfig c = ModelConfig.parse("""
                CONSTANTS
                    Revision = "km1.68"
                    SCHED <- SchedMP
                \\* CONSTANT LOWAT <- Other
                """);
        assertEquals(java.util.Map.of("SCHED", "SchedMP"), c.overrides());
        assertEquals(java.util.Map.of("Revision", "\"km1.68\""), c.constants());
        assertTrue(ModelConfig.parse("CONSTANT N = 2").overrides().isEmpty());
    }

    @Test
    void propertiesAreListed() {
        ModelConfig c = ModelConfig.parse("""
                CONSTANT Revision = "km1.68"
                SPECIFICATION Spec
                PROPERTIES YieldTerminatesProp
                  HeldEventuallyPublishedProp \\* the hoarding one
                INVARIANT TypeOK
                PROPERTY WaitokProgressProp
                """);
        assertEquals(List.of("YieldTerminatesProp", "HeldEventuallyPublishedProp", "WaitokProgressProp"),
                c.properties());
    }

    @Test
    void checkDeadlockIsReadForDistributedTlc() {
        assertTrue(ModelConfig.parse("INIT Init\nNEXT Next\n").checkDeadlock());
        assertTrue(ModelConfig.parse("INIT Init\n\\* CHECK_DEADLOCK FALSE\nNEXT Next\n").checkDeadlock(), "a comment");
        assertFalse(ModelConfig.parse("CHECK_DEADLOCK FALSE\nINVARIANT TypeOK\n").checkDeadlock());
        assertTrue(ModelConfig.parse("CHECK_DEADLOCK TRUE\n").checkDeadlock());
    }
}
