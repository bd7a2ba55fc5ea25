package kmcheck.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast subset of the curated Java mutants (make mutants runs them all): each is compiled into
 * a copy of the Java model and must be caught by exactly the divergence its row names.
 */
class JavaMutantsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"intr-take-wakes-nobody", "yield-ignores-thread", "intr-keeps-pool-mutex", "unmap-keeps-km-mutex"})
    void theMutantIsCaughtByWhatItsRowNames(String name) throws Exception {
        Path table = ROOT.resolve("java-model/mutants/mutants.tsv");
        List<JavaMutant> all = JavaMutants.read(table);
        assertTrue(all.size() >= 10, "at least ten curated mutants: " + all.size());
        JavaMutant m = all.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        String row = JavaMutants.run(m, ROOT.resolve("specs"), ROOT.resolve("java-model/src/main/java"), 1, 60, table);
        assertTrue(row.endsWith("killed"), row);
        assertEquals(name, row.split("\\s+")[0]);
    }
}
