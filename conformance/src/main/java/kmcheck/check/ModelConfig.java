package kmcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checker needs from a TLC model file ({@code .cfg}): the revision it checks, from the constant
 * assignment {@code Revision = "km1.68"} (in a {@code CONSTANT} or {@code CONSTANTS} section), and the
 * names listed under {@code PROPERTY}/{@code PROPERTIES}, which name a temporal violation because TLC
 * itself does not, and those under {@code INVARIANT}/{@code INVARIANTS}, which trace replay checks;
 * {@code checkDeadlock} is false iff the file says {@code CHECK_DEADLOCK FALSE} (distributed TLC reads
 * no such line and must be told on its command line); {@code constants}, the constant assignments as
 * written (a campaign runs the Java model with a model's constants); {@code overrides}, the definition
 * overrides {@code Name <- Other} as written (e.g. {@code SCHED <- SchedMP}). Comments ({@code \*} to end of line, {@code (* *)}) are ignored. This is not a full
 * cfg parser: TLC remains the judge of the file's validity.
 */
public record ModelConfig(Optional<String> revision, List<String> invariants, List<String> properties,
                          boolean checkDeadlock, java.util.Map<String, String> constants,
                          java.util.Map<String, String> overrides) {

    private static final Set<String> KEYWORDS = Set.of(
            "CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS",
            "PROPERTY", "PROPERTIES", "SYMMETRY", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
            "ACTION_CONSTRAINTS", "VIEW", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS", "TYPE",
            "TYPE_CONSTRAINT");
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|<-|[A-Za-z0-9_!@.]+|\\S");
    private static final Pattern LINE_COMMENT = Pattern.compile("\\\\\\*[^\\n]*");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("\\(\\*.*?\\*\\)", Pattern.DOTALL);

    public ModelConfig {
        invariants = List.copyOf(invariants);
        properties = List.copyOf(properties);
        constants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constants));
        overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    }

    /** The value of an integer constant of the model, e.g. {@code LOWAT = 4}. */
    public OptionalInt integer(String name) {
        String v = constants.get(name);
        return v != null && v.matches("-?\\d+") ? OptionalInt.of(Integer.parseInt(v)) : OptionalInt.empty();
    }

    /** The number of elements of a set constant of model values, e.g. 2 for {@code Procs = {p1, p2}}. */
    public OptionalInt setSize(String name) {
        String v = constants.get(name);
        if (v == null || !v.startsWith("{") || !v.endsWith("}")) {
            return OptionalInt.empty();
        }
        String inside = v.substring(1, v.length() - 1).strip();
        return OptionalInt.of(inside.isEmpty() ? 0 : inside.split(",").length);
    }

    public static ModelConfig read(Path cfg) throws IOException {
        return parse(Files.readString(cfg));
    }

    public static ModelConfig parse(String text) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll(" ")).replaceAll("");
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(code);
        while (m.find()) {
            tokens.add(m.group());
        }
        String revision = null;
        List<String> invariants = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        java.util.Map<String, String> constants = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();
        String section = "";
        boolean checkDeadlock = true;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (KEYWORDS.contains(token)) {
                section = token;
            } else if (section.startsWith("CONSTANT") && i + 2 < tokens.size() && tokens.get(i + 1).equals("=")) {
                // Name = value, the value one token or a { ... } set of them
                StringBuilder value = new StringBuilder(tokens.get(i + 2));
                int j = i + 2;
                if (tokens.get(j).equals("{")) {
                    while (++j < tokens.size() && !tokens.get(j).equals("}")) {
                        value.append(tokens.get(j));
                    }
                    value.append('}');
                }
                constants.put(token, value.toString());
                if (token.equals("Revision") && tokens.get(i + 2).startsWith("\"")) {
                    String literal = tokens.get(i + 2);
                    revision = literal.substring(1, literal.length() - 1);
                }
                i = j;
            } else if (section.startsWith("CONSTANT") && i + 2 < tokens.size() && tokens.get(i + 1).equals("<-")) {
                overrides.put(token, tokens.get(i + 2));
                i += 2;
            } else if (section.equals("CHECK_DEADLOCK")) {
                checkDeadlock = !token.equals("FALSE");
            } else if (section.startsWith("PROPERT") && !token.equals(",")) {
                properties.add(token);
            } else if (section.startsWith("INVARIANT") && !token.equals(",")) {
                invariants.add(token);
            }
        }
        return new ModelConfig(Optional.ofNullable(revision), invariants, properties, checkDeadlock, constants,
                overrides);
    }
}
