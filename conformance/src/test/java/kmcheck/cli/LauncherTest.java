package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/kmcheck, copied into a repo layout without a built jar. */
class LauncherTest {

    @Test
    void withoutTheJarItSaysRunMake(@TempDir Path repo) throws IOException, InterruptedException {
        Path launcher = Path.of(Cli.specs()).resolveSibling("bin").resolve("kmcheck");
        Files.createDirectories(repo.resolve("bin"));
        Files.copy(launcher, repo.resolve("bin/kmcheck"));
        Process p = new ProcessBuilder("sh", repo.resolve("bin/kmcheck").toString(), "--version")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor());
        assertEquals("kmcheck: conformance/target/kmcheck.jar not found; run make first", output.strip());
    }
}
