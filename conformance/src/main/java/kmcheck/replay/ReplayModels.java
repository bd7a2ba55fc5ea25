package kmcheck.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelConfig;
import kmcheck.check.ModelEntry;
import kmcheck.tracefile.TraceHeader;

/**
 * The replay model a trace header asks for: the header's module and constants, and the
 * invariants of its revision's {@code _small} model in {@code specs/expected.tsv}, so that a trace
 * is judged by exactly the invariants TLC checks for that revision (all of them for a correct
 * revision; for a buggy one, the property its history breaks, next to the type and
 * conservation invariants). The revision is the header's {@link TraceHeader#revision()}, which is
 * the {@code Revision} constant wherever the header binds one.
 *
 * <p>expected.tsv is read once, and each revision's cfg once, per instance. Not thread-safe.
 */
public final class ReplayModels {
    private static final String SMALL = "_small";

    private final Path specsDir;
    private ExpectedTable expected;
    private final Map<String, List<String>> invariants = new HashMap<>();

    public ReplayModels(Path specsDir) {
        this.specsDir = specsDir;
    }

    /** The specs directory models are taken from. */
    public Path specsDir() {
        return specsDir;
    }

    /**
     * The replay model for a trace with this header.
     *
     * @throws NoSuchModelException no such module in specsDir, or no {@code _small} model of the
     *                              header's revision in expected.tsv
     * @throws ExpectedTableException expected.tsv is missing or malformed
     */
    public ReplayModel forHeader(TraceHeader header)
            throws NoSuchModelException, ExpectedTableException, IOException {
        String module = header.module();
        if (!Files.isRegularFile(specsDir.resolve(module + ".tla"))) {
            throw new NoSuchModelException("spec " + header.spec() + ": no module " + module + ".tla in " + specsDir);
        }
        return ReplayModel.fromHeader(specsDir, module, header, invariants(module, header.revision()));
    }

    /**
     * The invariants of the revision's {@code _small} model of module: what replay checks on
     * every state, and what an exported trace module lists.
     */
    public List<String> invariants(String module, String revision)
            throws NoSuchModelException, ExpectedTableException, IOException {
        String key = module + '\u0000' + revision;
        List<String> known = invariants.get(key);
        if (known != null) {
            return known;
        }
        if (expected == null) {
            expected = ExpectedTable.load(specsDir);
        }
        ModelEntry small = expected.models().stream()
                .filter(m -> m.module().equals(module) && m.revision().equals(revision) && m.name().endsWith(SMALL))
                .findFirst()
                .orElseThrow(() -> new NoSuchModelException("unknown revision " + kmcheck.tracefile.TlaText.printable(revision)
                        + ": no " + module + "_*" + SMALL + " model checks it in "
                        + specsDir.resolve(ExpectedTable.FILE_NAME)));
        List<String> list = ModelConfig.read(small.cfg(specsDir)).invariants();
        invariants.put(key, list);
        return list;
    }
}
