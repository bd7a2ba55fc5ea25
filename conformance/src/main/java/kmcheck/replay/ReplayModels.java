package kmcheck.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelConfig;
import kmcheck.check.ModelEntry;
import kmcheck.trace.TraceHeader;

/**
 * Which invariants a trace is replayed against: those of its revision's {@code _small} model
 * in {@code specs/expected.tsv}, so that a trace is judged by exactly the invariants TLC checks
 * for that revision (all of them for a correct revision; for a buggy one, the property its
 * history breaks, next to the type and conservation invariants).
 *
 * <p>Stateless; callable from any thread.
 */
public final class ReplayModels {
    private ReplayModels() {
    }

    /** The replay model for a trace with this header. */
    public static ReplayModel forHeader(Path specsDir, TraceHeader header) throws ReplayException {
        return ReplayModel.fromHeader(specsDir, header.module(), header,
                invariants(specsDir, header.revision()));
    }

    /** The invariants of the {@code _small} model of this revision. */
    public static List<String> invariants(Path specsDir, String revision) throws ReplayException {
        ExpectedTable table;
        try {
            table = ExpectedTable.load(specsDir);
        } catch (ExpectedTableException e) {
            throw new ReplayException(e.getMessage(), e);
        }
        ModelEntry small = table.models().stream()
                .filter(m -> m.revision().equals(revision) && m.name().endsWith("_small"))
                .findFirst()
                .orElseThrow(() -> new ReplayException(specsDir.resolve(ExpectedTable.FILE_NAME)
                        + ": no _small model for revision " + revision, null));
        try {
            return ModelConfig.read(small.cfg(specsDir)).invariants();
        } catch (IOException e) {
            throw new ReplayException(small.cfg(specsDir) + ": " + e.getMessage(), e);
        }
    }
}
