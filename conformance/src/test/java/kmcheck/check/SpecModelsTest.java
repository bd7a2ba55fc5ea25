package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every non-deep model of the repository's specs/ (system property {@code kmcheck.specs}, set by the
 * pom) gets the verdict expected.tsv expects. Skipped only when run without that property (from an
 * IDE, say); with it, a missing expected.tsv fails rather than passing unseen.
 */
class SpecModelsTest {

    @Test
    void everySmallModelHasItsExpectedVerdict() throws Exception {
        String dir = System.getProperty("kmcheck.specs");
        assumeTrue(dir != null, "kmcheck.specs is not set");
        assertTrue(Files.isRegularFile(Path.of(dir, ExpectedTable.FILE_NAME)), "no expected.tsv in " + dir);
        Path specs = Path.of(dir);
        List<CheckResult> results = new ModelChecker(specs, CheckListener.NONE)
                .checkAll(ExpectedTable.load(specs).select(List.of(), false));
        String table = ResultTable.text(results);
        System.out.print(table);
        assertTrue(results.stream().allMatch(CheckResult::matches), "mismatches:\n" + table);
    }
}
