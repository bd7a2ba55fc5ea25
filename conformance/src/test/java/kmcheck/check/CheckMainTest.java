package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--workers", "1"));
        all.addAll(List.of(args));
        return CheckMain.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CheckListener.NONE);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void matchingModelsExitZero() {
        assertEquals(0, run("--specs", ToySpecs.dir().toString(), "Toy_ok", "Toy_inv"), err());
        assertTrue(out().startsWith("model "), out());
        assertTrue(out().contains("Toy_inv") && out().contains("invariant SumInv"), out());
    }

    @Test
    void aMismatchExitsOneAndIsExplained() {
        assertEquals(1, run("--specs", ToySpecs.dir().toString(), "--markdown", "Toy_wronginv"), err());
        assertTrue(out().startsWith("| model |"), out());
        assertTrue(out().contains("MISMATCH Toy_wronginv: expected invariant XInv, TLC says invariant SumInv"), out());
    }

    @Test
    void unknownModelExitsTwoNamingIt() {
        assertEquals(2, run("--specs", ToySpecs.dir().toString(), "Toy_ok", "Toy_nope"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("'Toy_nope'"), err());
        assertEquals("", out());
    }

    @Test
    void badTableExitsTwoWithFileAndLine(@TempDir Path specs) throws IOException {
        Files.writeString(specs.resolve("expected.tsv"), "# models\nX_small\tmaybe\t-\tx\n");
        Files.writeString(specs.resolve("X_small.cfg"), "CONSTANT Revision = \"km1.38\"\n");
        assertEquals(2, run("--specs", specs.toString()));
        assertEquals(specs.resolve("expected.tsv") + ":2: unknown expected value 'maybe' "
                + "(one of ok, invariant, property, deadlock)", err().strip());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("--frobnicate"));
        assertEquals(2, run("--specs"));
    }
}
