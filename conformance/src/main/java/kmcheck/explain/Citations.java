package kmcheck.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel function each action of a spec cites. The convention (specs/README.md#citations): the
 * first line of the {@code \*} comment directly above an action's definition reads
 * {@code \* FILE[ REVISIONS]: FUNCTION -- what it does}, e.g.
 * {@code \* uvm_km.c 1.38: uvm_km_getpage -- never sleeps}; the citation is the text before
 * {@code " -- "} (the whole line when there is none). Read from the modules' text, never evaluated.
 */
public final class Citations {
    private static final Pattern DEFINITION = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*)(?:\\([^)]*\\))?\\s*==");
    private static final Pattern CITATION = Pattern.compile("^\\\\\\* ([A-Za-z0-9_./-]+\\.[ch](?: [0-9./-]+)?: .+?)(?: -- .*)?$");
    private static final Pattern COMMENT = Pattern.compile("^\\\\\\*.*");

    /** Module name to action name to citation; and where each definition is, for messages. */
    private final Map<String, Map<String, String>> cited = new HashMap<>();
    private final Map<String, Map<String, String>> where = new HashMap<>();

    private Citations() {
    }

    /** The citations of every {@code .tla} module in {@code specsDir}. */
    public static Citations read(Path specsDir) throws IOException {
        Citations c = new Citations();
        try (var files = Files.list(specsDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tla")).sorted().toList()) {
                String module = f.getFileName().toString().replaceFirst("\\.tla$", "");
                c.scan(module, f, Files.readAllLines(f));
            }
        }
        return c;
    }

    private void scan(String module, Path file, List<String> lines) {
        Map<String, String> mine = cited.computeIfAbsent(module, m -> new HashMap<>());
        Map<String, String> at = where.computeIfAbsent(module, m -> new HashMap<>());
        for (int i = 0; i < lines.size(); i++) {
            Matcher d = DEFINITION.matcher(lines.get(i));
            if (!d.find()) {
                continue;
            }
            at.put(d.group(1), file + ":" + (i + 1));
            int first = i;
            while (first > 0 && COMMENT.matcher(lines.get(first - 1)).matches()) {
                first--;
            }
            if (first < i) {
                Matcher c = CITATION.matcher(lines.get(first).strip());
                if (c.matches()) {
                    mine.put(d.group(1), c.group(1));
                }
            }
        }
    }

    /**
     * The citation above {@code action} in {@code module}.
     *
     * @throws ExplainInputException the module or action is unknown, or the comment does not follow the convention
     */
    public String of(String module, String action) throws ExplainInputException {
        Map<String, String> mine = cited.get(module);
        if (mine == null) {
            throw new ExplainInputException("no module " + module + ".tla in the specs directory");
        }
        String c = mine.get(action);
        if (c == null) {
            String at = where.get(module).get(action);
            throw new ExplainInputException((at == null ? module + ".tla" : at) + ": action " + action
                    + (at == null ? " is not defined here" : " has no citation: the comment line directly above"
                    + " its definition must start \\* FILE: FUNCTION -- (specs/README.md#citations)"));
        }
        return c;
    }

}
