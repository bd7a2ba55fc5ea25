package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecModelsTest {

    @Test
    void invariantsAreTheNamesOfTheInvariantSections() {
        String cfg = """
                \\* a model
                SPECIFICATION Spec
                CONSTANTS Revision = "km1.68" (* INVARIANT Fake *)
                INVARIANT TypeOK
                INVARIANTS
                    PageConservationInv  \\* pages
                    NoBadIntrFailInv
                PROPERTY WaitokProgressProp
                """;
        assertEquals(List.of("TypeOK", "PageConservationInv", "NoBadIntrFailInv"), SpecModels.invariantsOf(cfg));
    }
}
