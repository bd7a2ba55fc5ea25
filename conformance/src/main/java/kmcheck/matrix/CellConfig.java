package kmcheck.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kmcheck.check.ExpectedTable;
import kmcheck.tracefile.TlaText;

/**
 * The cfg of one TLC run of the matrix: the base model's cfg with its INVARIANT/PROPERTY sections
 * replaced by the names to check and its {@code Revision} by the cell's. Only names already checked
 * against the spec reach the text: the revision is one of the revision table's, written as a TLA+
 * string; each name is an identifier defined in a spec module ({@link MatrixPlan}). The base's
 * specification must be the one the check needs ({@code Spec} for invariants, {@code LiveSpec} for
 * temporal properties, whose fairness they need).
 */
final class CellConfig {
    private static final Pattern SECTION = Pattern.compile("^(INVARIANTS?|PROPERTY|PROPERTIES)\\b.*");
    private static final Pattern OTHER_SECTION = Pattern.compile(
            "^(CONSTANTS?|INIT|NEXT|SPECIFICATION|SYMMETRY|CONSTRAINTS?|ACTION_CONSTRAINTS?|VIEW|CHECK_DEADLOCK)\\b.*");
    private static final Pattern REVISION = Pattern.compile("^(\\s*Revision\\s*=\\s*)\"[^\"]*\"\\s*$");
    private static final Pattern SPECIFICATION = Pattern.compile("^SPECIFICATION\\s+(\\S+)\\s*$");

    private CellConfig() {
    }

    /**
     * @param baseText the base model's cfg text
     * @param defined  the spec's definitions, which every name must be one of
     * @throws IllegalArgumentException a name or the revision is not the spec's, or the base's
     *                                  specification is not the one the check needs
     */
    static String of(String baseName, String baseText, String revision, Cell.Check check, List<String> names,
                     Set<String> defined) {
        if (!ExpectedTable.REVISIONS.contains(revision)) {
            throw new IllegalArgumentException("unknown revision " + TlaText.printable(revision));
        }
        for (String n : names) {
            if (!TlaText.isIdentifier(n) || !defined.contains(n)) {
                throw new IllegalArgumentException(TlaText.printable(n) + " is not a definition of the spec");
            }
        }
        List<String> out = new ArrayList<>();
        boolean dropping = false;
        boolean revisionSet = false;
        String specification = null;
        for (String line : baseText.split("\n", -1)) {
            if (SECTION.matcher(line).matches()) {
                dropping = true;
                continue;
            }
            if (OTHER_SECTION.matcher(line).matches()) {
                dropping = false;
            }
            if (dropping && !line.isBlank() && !line.startsWith("\\*")) {
                continue;
            }
            var spec = SPECIFICATION.matcher(line);
            if (spec.matches()) {
                specification = spec.group(1);
            }
            var rev = REVISION.matcher(line);
            if (rev.matches()) {
                line = rev.group(1) + TlaText.string(revision);
                revisionSet = true;
            }
            out.add(line);
        }
        String needed = check == Cell.Check.INVARIANT ? "Spec" : "LiveSpec";
        if (!needed.equals(specification)) {
            throw new IllegalArgumentException(baseName + " has SPECIFICATION " + specification + "; a " + check.name()
                    .toLowerCase(java.util.Locale.ROOT) + " cell needs a base with " + needed);
        }
        if (!revisionSet) {
            throw new IllegalArgumentException(baseName + " has no line Revision = \"...\"");
        }
        StringBuilder b = new StringBuilder(String.join("\n", out).stripTrailing()).append('\n');
        b.append("\\* kmcheck matrix: ").append(revision).append(" on the bounds of ").append(baseName).append('\n');
        b.append(check.section()).append('\n');
        names.forEach(n -> b.append("    ").append(n).append('\n'));
        return b.toString();
    }
}
