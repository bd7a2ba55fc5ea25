package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast rows of specs/mutants/mutants.tsv ({@code make mutants} runs them all): each mutant of a
 * correct revision is killed by the property its row names, on its model.
 */
class SpecMutantsTest {

    @Test
    void everyFastMutantIsKilledByItsProperty() throws Exception {
        String dir = System.getProperty("kmcheck.specs");
        assumeTrue(dir != null, "kmcheck.specs is not set");
        Path specs = Path.of(dir);
        List<SpecMutants.Outcome> outcomes = new ArrayList<>();
        for (SpecMutants.Mutant m : SpecMutants.load(specs.resolve(SpecMutants.FILE))) {
            if (m.fast()) {
                outcomes.add(SpecMutants.run(specs, m, 1));
            }
        }
        assertFalse(outcomes.isEmpty(), "no fast mutants in " + SpecMutants.FILE);
        String table = SpecMutants.table(outcomes);
        System.out.print(table);
        assertTrue(outcomes.stream().allMatch(SpecMutants.Outcome::killed), "mutants alive:\n" + table);
    }

    @Test
    void onlyThePropertiesSectionIsCut() {
        List<String> cfg = List.of("SPECIFICATION LiveSpec", "INVARIANTS", "    TypeOK", "PROPERTIES",
                "    A", "    B", "\\* note");
        List<String> cut = SpecMutants.onlyProperty(cfg, "B");
        assertTrue(cut.equals(List.of("SPECIFICATION LiveSpec", "INVARIANTS", "    TypeOK", "PROPERTIES",
                "    B", "\\* note")), cut.toString());
    }
}
