package kmcheck.check;

import java.nio.file.Path;
import java.util.List;

/** Test main: runs TLC through {@link TlcChild} on {@code args[0]}/Slow.cfg until killed. */
public final class OrphanParent {
    private OrphanParent() {
    }

    public static void main(String[] args) throws Exception {
        TlcChild.run(new TlcChild.Run(Path.of(args[0]), "Slow.cfg", "Slow", List.of(), 1, List.of(), null, false),
                TlcOutputParser.ProgressSink.NONE);
    }
}
