package kmcheck.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmcheck.tracefile.TraceValue;

/**
 * The constant assignments of a model file ({@code CONSTANT}/{@code CONSTANTS} sections), as the
 * values a trace header would bind: what {@link Explainer} needs to ask TLC for the spec's actions
 * and their actors. Values are integers, strings, booleans, model values and sets of them, the
 * only kinds the models use; an override {@code SCHED <- SchedMP} is not a constant and is skipped.
 */
final class ModelConstants {
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|<-|-?[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\\S");

    private ModelConstants() {
    }

    /** The constants of the cfg file, in file order. */
    static Map<String, TraceValue> read(Path cfg) throws IOException, ExplainInputException {
        Map<String, TraceValue> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(cfg);
        boolean inConstants = false;
        boolean inBlockComment = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (inBlockComment || line.contains("(*")) {
                inBlockComment = !line.contains("*)");
                continue; // the models use block comments only on lines of their own
            }
            List<String> tokens = tokens(line.replaceFirst("\\\\\\*.*", ""));
            if (tokens.isEmpty()) {
                continue;
            }
            String first = tokens.get(0);
            if (first.equals("CONSTANT") || first.equals("CONSTANTS") || isOtherSection(first)) {
                inConstants = first.equals("CONSTANT") || first.equals("CONSTANTS");
                tokens = tokens.subList(1, tokens.size());
                if (tokens.isEmpty()) {
                    continue;
                }
            }
            if (!inConstants) {
                continue;
            }
            if (tokens.size() >= 2 && tokens.get(1).equals("<-")) {
                continue;
            }
            if (tokens.size() < 3 || !tokens.get(1).equals("=")) {
                throw new ExplainInputException(cfg + ":" + (n + 1) + ": expected NAME = VALUE, found " + line.strip());
            }
            out.put(tokens.get(0), value(cfg, n + 1, tokens.subList(2, tokens.size())));
        }
        return out;
    }

    private static boolean isOtherSection(String token) {
        return List.of("INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES",
                "SYMMETRY", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "VIEW", "CHECK_DEADLOCK").contains(token);
    }

    private static TraceValue value(Path cfg, int line, List<String> t) throws ExplainInputException {
        if (t.size() == 1) {
            return scalar(cfg, line, t.get(0));
        }
        if (!t.get(0).equals("{") || !t.get(t.size() - 1).equals("}")) {
            throw new ExplainInputException(cfg + ":" + line + ": not a value the models use: " + String.join(" ", t));
        }
        List<TraceValue> elements = new ArrayList<>();
        for (int i = 1; i < t.size() - 1; i++) {
            if (i % 2 == 0 != t.get(i).equals(",")) {
                throw new ExplainInputException(cfg + ":" + line + ": a set's elements go between commas");
            }
            if (i % 2 == 1) {
                elements.add(scalar(cfg, line, t.get(i)));
            }
        }
        return new TraceValue.SetVal(elements);
    }

    private static TraceValue scalar(Path cfg, int line, String s) throws ExplainInputException {
        if (s.startsWith("\"")) {
            return new TraceValue.Str(s.substring(1, s.length() - 1));
        }
        if (s.matches("-?[0-9]+")) {
            return new TraceValue.Int(Integer.parseInt(s));
        }
        if (s.equals("TRUE") || s.equals("FALSE")) {
            return new TraceValue.Bool(s.equals("TRUE"));
        }
        if (s.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return new TraceValue.ModelVal(s);
        }
        throw new ExplainInputException(cfg + ":" + line + ": not a value the models use: " + s);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

}
