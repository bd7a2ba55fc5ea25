package kmcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.ModelEntry;
import kmcheck.replay.ReplayModel;
import kmcheck.trace.TraceHeader;

/**
 * The replay model a trace header asks for, in one specs directory: root module {@code MC<spec>}, the
 * header's constants, and the invariants of the revision's {@code _small} model in expected.tsv — the
 * model that states what that revision must (or, for a buggy one, famously does not) satisfy.
 * expected.tsv is read once, on first use. Not thread-safe.
 */
final class SpecModels {
    private static final String SMALL = "_small";
    private static final Set<String> CFG_KEYWORDS = Set.of(
            "CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS",
            "PROPERTY", "PROPERTIES", "SYMMETRY", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
            "ACTION_CONSTRAINTS", "VIEW", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS", "TYPE",
            "TYPE_CONSTRAINT");
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|<-|[A-Za-z0-9_!@.]+|\\S");
    private static final Pattern COMMENTS = Pattern.compile("\\\\\\*[^\\n]*|\\(\\*.*?\\*\\)", Pattern.DOTALL);

    private final Path specsDir;
    private ExpectedTable table;

    SpecModels(Path specsDir) {
        this.specsDir = specsDir;
    }

    /**
     * The model for a trace with this header.
     *
     * @throws BadInputException     no module {@code MC<spec>} in the specs directory, or no {@code _small}
     *                               model of the header's revision in expected.tsv
     * @throws ExpectedTableException expected.tsv is missing or malformed
     */
    ReplayModel forHeader(TraceHeader header) throws BadInputException, ExpectedTableException, IOException {
        // A trace header has no "module" field (TraceReader rejects unknown fields): MC<spec> by convention.
        String module = "MC" + header.spec();
        if (!Files.isRegularFile(specsDir.resolve(module + ".tla"))) {
            throw new BadInputException("spec " + header.spec() + ": no module " + module + ".tla in " + specsDir);
        }
        ModelEntry small = smallModel(module, header.revision());
        return ReplayModel.fromHeader(specsDir, module, header, invariants(small.cfg(specsDir)));
    }

    private ModelEntry smallModel(String module, String revision) throws BadInputException, ExpectedTableException {
        if (table == null) {
            table = ExpectedTable.load(specsDir);
        }
        return table.models().stream()
                .filter(m -> m.module().equals(module) && m.revision().equals(revision) && m.name().endsWith(SMALL))
                .findFirst()
                .orElseThrow(() -> new BadInputException("unknown revision '" + revision + "': no " + module + "_*"
                        + SMALL + " model checks it in " + specsDir.resolve(ExpectedTable.FILE_NAME)));
    }

    /** The names under INVARIANT/INVARIANTS in a cfg file, in order. */
    static List<String> invariants(Path cfg) throws IOException {
        return invariantsOf(Files.readString(cfg));
    }

    static List<String> invariantsOf(String cfgText) {
        Matcher m = TOKEN.matcher(COMMENTS.matcher(cfgText).replaceAll(" "));
        List<String> names = new ArrayList<>();
        String section = "";
        while (m.find()) {
            String token = m.group();
            if (CFG_KEYWORDS.contains(token)) {
                section = token;
            } else if (section.startsWith("INVARIANT") && !token.equals(",")) {
                names.add(token);
            }
        }
        return names;
    }
}
