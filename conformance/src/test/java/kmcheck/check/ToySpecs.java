package kmcheck.check;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The toy specs directory of these tests (a copy under target/test-classes, so TLC's states/ lands there). */
final class ToySpecs {
    private ToySpecs() {
    }

    static Path dir() {
        URL table = ToySpecs.class.getResource("/check/toy/expected.tsv");
        if (table == null) {
            throw new IllegalStateException("test resource check/toy/expected.tsv is missing");
        }
        try {
            return Path.of(table.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
