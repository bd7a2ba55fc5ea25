package kmcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kmcheck.config.Constants;
import kmcheck.sched.Chooser;
import kmcheck.workload.Workload;

/** Controlled java-model traces written to files, for the benchmark and the export tests. */
public final class TraceFiles {
    private TraceFiles() {
    }

    /**
     * Writes the trace of a controlled run of {@code revision} (default constants, random
     * chooser with {@code seed}, at most {@code maxDecisions} decisions) to {@code file}.
     */
    public static Path controlled(Path file, String revision, long seed, long maxDecisions) throws IOException {
        return controlled(file, revision, seed, maxDecisions, kmcheck.trace.TraceLevel.FULL);
    }

    /** As {@link #controlled(Path, String, long, long)}, the trace written at level. */
    public static Path controlled(Path file, String revision, long seed, long maxDecisions,
                                  kmcheck.trace.TraceLevel level) throws IOException {
        List<String> lines = Workload.controlledTrace(
                Constants.defaults().revision(revision).build(), Chooser.random(seed), maxDecisions, level);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
