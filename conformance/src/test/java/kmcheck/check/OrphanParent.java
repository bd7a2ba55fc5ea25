package kmcheck.check;

import java.nio.file.Path;
import java.util.List;

/**
 * Test main: runs TLC through {@link TlcChild} on {@code args[0]}/Slow.cfg until killed; with
 * {@code args[1]} = {@code distributed}, on a TLCServer and 2 local TLCWorkers ({@link DistributedTlc}).
 */
public final class OrphanParent {
    private OrphanParent() {
    }

    public static void main(String[] args) throws Exception {
        Path specs = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("distributed")) {
            new DistributedTlc(2, 1, 0, null, line -> { }).run(specs, new ModelEntry("Slow", Verdict.ok(), "", null, 1),
                    ModelConfig.read(specs.resolve("Slow.cfg")), TlcOutputParser.ProgressSink.NONE);
            return;
        }
        TlcChild.run(new TlcChild.Run(specs, "Slow.cfg", "Slow", List.of(), 1, List.of(), null, false),
                TlcOutputParser.ProgressSink.NONE);
    }
}
