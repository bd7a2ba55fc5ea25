package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.AutoComplete;

/** The bash completion completes model names (the tables' short names) and revision ids. */
class CompletionTest {
    @Test
    void modelNamesAndRevisionsAreCandidates() {
        String previous = System.getProperty("kmcheck.specs");
        System.setProperty("kmcheck.specs", Cli.specs());
        try {
            String script = AutoComplete.bash("kmcheck", Kmcheck.commandLine());
            assertTrue(script.contains("km168_small") && script.contains("pool1166_wake"), "model names");
            assertTrue(script.contains("pool1.160") && script.contains("km1.38"), "revision ids");
            assertTrue(script.contains("explain") && script.contains("matrix") && script.contains("report"), "commands");
        } finally {
            if (previous == null) {
                System.clearProperty("kmcheck.specs");
            } else {
                System.setProperty("kmcheck.specs", previous);
            }
        }
    }
}
