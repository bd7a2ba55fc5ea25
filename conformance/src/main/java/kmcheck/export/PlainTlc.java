package kmcheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kmcheck.check.ModelConfig;
import kmcheck.check.TlcChild;
import kmcheck.check.TlcOutcome;
import kmcheck.check.TlcOutputParser;
import kmcheck.check.VerdictKind;

/**
 * Runs plain TLC on an {@link Exported} trace, in the export's directory, through the one child-TLC
 * runner ({@link TlcChild}: one worker, a private scratch directory, no orphan) with JVM flags for a
 * quick start (C1 only, serial GC, optionally a class-data archive). Stateless; thread-safe (one child
 * per call).
 */
public final class PlainTlc {
    private PlainTlc() {
    }

    /**
     * TLC's verdict on an exported trace.
     *
     * @param ok                 TLC exited 0 and reported no error: the trace conforms
     * @param exitCode           TLC's exit code ({@link TlcOutcome#TIMED_OUT} on timeout)
     * @param violatedInvariant  the invariant TLC named, or null
     * @param propertyViolated   TLC reported a property violation ({@code TraceAcceptedProp})
     * @param output             TLC's output
     */
    public record Outcome(boolean ok, int exitCode, String violatedInvariant, boolean propertyViolated,
                          String output) {
    }

    /** Runs TLC and waits for it, at most {@code timeout}. */
    public static Outcome check(Exported e, Duration timeout) throws IOException, InterruptedException {
        return check(e, timeout, null);
    }

    /**
     * As {@link #check(Exported, Duration)}, with a class-data-sharing archive of the JVM's classes
     * if {@code cds} is not null: written by this run if the file does not exist yet (run one such
     * child alone), else used; ignored when kmcheck runs from a class directory. It only shortens the JVM's start (about 1 s of 3); TLC's work is the same.
     */
    public static Outcome check(Exported e, Duration timeout, Path cds) throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>();
        // CDS refuses a class path with a non-empty directory: the wrapper's classes are one when
        // run from target/classes (tests), so the archive is used only from the kmcheck jar
        if (cds != null && !Files.isDirectory(TlcChild.codeSource(TlcChild.class))) {
            jvm.add(Files.isRegularFile(cds) ? "-XX:SharedArchiveFile=" + cds : "-XX:ArchiveClassesAtExit=" + cds);
        }
        // a trace is short: C1 alone, one compiler thread
        jvm.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:-UsePerfData", "-Xss4m"));
        List<String> properties = ModelConfig.read(e.cfgFile()).properties();
        TlcOutcome o = TlcChild.run(new TlcChild.Run(e.dir(), e.cfgFile().getFileName().toString(), e.moduleName(),
                properties, 1, jvm, timeout, true), TlcOutputParser.ProgressSink.NONE);
        VerdictKind kind = o.verdict().kind();
        if (e.partial()) {
            // some behaviour of the spec matched every logged step: that is TLC's counterexample
            boolean matched = kind == VerdictKind.INVARIANT && TraceExporter.UNMATCHED.equals(o.verdict().property());
            return new Outcome(matched, o.exitCode(), null, !matched, o.output());
        }
        return new Outcome(kind == VerdictKind.OK, o.exitCode(),
                kind == VerdictKind.INVARIANT ? o.verdict().property() : null, kind == VerdictKind.PROPERTY,
                o.output());
    }
}
