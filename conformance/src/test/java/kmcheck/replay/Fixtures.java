package kmcheck.replay;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;

/** The toy specs and traces under src/test/resources/replay. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/replay/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path specsDir() {
        return resource("LockCounter.tla").getParent();
    }

    /** The model a trace's header describes, for {@code module} of the toy specs directory. */
    static ReplayModel model(String module, String trace, String... invariants)
            throws IOException, TraceFormatException {
        try (TraceReader r = TraceReader.open(resource(trace))) {
            return ReplayModel.fromHeader(specsDir(), module, r.header(), List.of(invariants));
        }
    }
}
