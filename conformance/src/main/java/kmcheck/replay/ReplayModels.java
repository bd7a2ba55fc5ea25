package kmcheck.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelConfig;
import kmcheck.check.ModelEntry;
import kmcheck.trace.TraceHeader;

/**
 * The replay model a trace header asks for: the header's module and constants, and the
 * invariants of its revision's {@code _small} model in {@code specs/expected.tsv}, so that a trace
 * is judged by exactly the invariants TLC checks for that revision (all of them for a correct
 * revision; for a buggy one, the property its history breaks, next to the type and
 * conservation invariants).
 *
 * <p>Stateless; callable from any thread.
 */
public final class ReplayModels {
    private static final String SMALL = "_small";

    private ReplayModels() {
    }

    /**
     * The replay model for a trace with this header.
     *
     * @throws NoSuchModelException no such module in specsDir, or no {@code _small} model of the
     *                              header's revision in expected.tsv
     * @throws ExpectedTableException expected.tsv is missing or malformed
     */
    public static ReplayModel forHeader(Path specsDir, TraceHeader header)
            throws NoSuchModelException, ExpectedTableException, IOException {
        String module = header.module();
        if (!Files.isRegularFile(specsDir.resolve(module + ".tla"))) {
            throw new NoSuchModelException("spec " + header.spec() + ": no module " + module + ".tla in " + specsDir);
        }
        return ReplayModel.fromHeader(specsDir, module, header, invariants(specsDir, module, header.revision()));
    }

    /**
     * The invariants of the revision's {@code _small} model of module: what replay checks on
     * every state, and what an exported trace module lists.
     */
    public static List<String> invariants(Path specsDir, String module, String revision)
            throws NoSuchModelException, ExpectedTableException, IOException {
        ModelEntry small = ExpectedTable.load(specsDir).models().stream()
                .filter(m -> m.module().equals(module) && m.revision().equals(revision) && m.name().endsWith(SMALL))
                .findFirst()
                .orElseThrow(() -> new NoSuchModelException("unknown revision '" + revision + "': no "
                        + module + "_*" + SMALL + " model checks it in " + specsDir.resolve(ExpectedTable.FILE_NAME)));
        return ModelConfig.read(small.cfg(specsDir)).invariants();
    }
}
