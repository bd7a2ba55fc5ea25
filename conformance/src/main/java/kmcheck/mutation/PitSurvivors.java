package kmcheck.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * {@code make mutants}, after PIT: reads PIT's {@code mutations.xml}, prints the score and every
 * mutant that survived (or no test covered) with the reason java-model/mutants/pit-survivors.tsv
 * gives for it, and exits 1 if a survivor has no row, or a row matches no survivor (the mutant is
 * killed now, or the code changed: the row goes). A row names the class, the method, PIT's
 * mutator and the text of the mutated source line (trimmed), not its number, so that edits
 * elsewhere in a file keep it; it covers every such mutant of that line.
 *
 * <pre>
 * java -cp conformance/target/kmcheck.jar kmcheck.mutation.PitSurvivors \
 *     --report conformance/target/pit-reports/mutations.xml --sources java-model/src/main/java \
 *     --survivors java-model/mutants/pit-survivors.tsv
 * </pre>
 *
 * Exit codes: 0 every survivor documented, 1 not so, 2 bad input (a one-line error naming the file).
 */
public final class PitSurvivors {
    /** A documented survivor: which mutants it covers, of what kind, and why they survive. */
    record Row(String className, String method, String mutator, String code, String kind, String why, int line) {
        boolean covers(Mutation m) {
            return className.equals(m.className()) && method.equals(m.method()) && mutator.equals(m.mutator())
                    && code.equals(m.code());
        }
    }

    /** One mutant of PIT's report, with the trimmed text of its source line. */
    record Mutation(String status, String className, String method, String mutator, String description, int line,
                    String code) {
    }

    private PitSurvivors() {
    }

    public static void main(String[] args) {
        try {
            Path report = Path.of(JavaMutants.arg(args, "--report", "conformance/target/pit-reports/mutations.xml"));
            Path sources = Path.of(JavaMutants.arg(args, "--sources", "java-model/src/main/java"));
            Path table = Path.of(JavaMutants.arg(args, "--survivors", "java-model/mutants/pit-survivors.tsv"));
            List<Mutation> all = readReport(report, sources);
            List<Row> rows = readTable(table);
            System.exit(print(all, rows, table) ? 0 : 1);
        } catch (BadInput e) {
            System.err.println("pit-survivors: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Prints the score and the survivors; true when every survivor has a row and every row a survivor. */
    static boolean print(List<Mutation> all, List<Row> rows, Path table) {
        Map<String, Integer> byStatus = new TreeMap<>();
        all.forEach(m -> byStatus.merge(m.status(), 1, Integer::sum));
        int killed = byStatus.getOrDefault("KILLED", 0) + byStatus.getOrDefault("TIMED_OUT", 0);
        System.out.printf("PIT: %d mutants, %d killed (%d%%, timed out counted as killed): %s%n", all.size(), killed,
                all.isEmpty() ? 0 : Math.round(100.0 * killed / all.size()), byStatus);
        Map<Row, Integer> used = new LinkedHashMap<>();
        rows.forEach(r -> used.put(r, 0));
        Map<String, Integer> byKind = new TreeMap<>();
        List<Mutation> undocumented = new ArrayList<>();
        for (Mutation m : all) {
            if (!m.status().equals("SURVIVED") && !m.status().equals("NO_COVERAGE")) {
                continue;
            }
            Row r = rows.stream().filter(x -> x.covers(m)).findFirst().orElse(null);
            if (r == null) {
                undocumented.add(m);
                continue;
            }
            used.merge(r, 1, Integer::sum);
            byKind.merge(r.kind(), 1, Integer::sum);
            System.out.printf("  %-11s %-10s %s.%s:%d %s: %s%n", m.status(), r.kind(), m.className(), m.method(),
                    m.line(), m.description(), r.why());
        }
        System.out.println("survivors by kind: " + byKind);
        undocumented.forEach(m -> System.out.printf("UNDOCUMENTED %s %s.%s:%d %s [%s] `%s`%n", m.status(),
                m.className(), m.method(), m.line(), m.description(), m.mutator(), m.code()));
        List<Row> stale = used.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        stale.forEach(r -> System.out.printf("STALE %s:%d: %s.%s [%s] `%s` matches no survivor: killed now, or the "
                + "code changed%n", table, r.line(), r.className(), r.method(), r.mutator(), r.code()));
        return undocumented.isEmpty() && stale.isEmpty();
    }

    static List<Mutation> readReport(Path report, Path sources) throws BadInput {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(report.toFile());
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new BadInput(report + ": not a PIT mutations.xml: " + e.getMessage());
        }
        Map<Path, List<String>> files = new LinkedHashMap<>();
        List<Mutation> out = new ArrayList<>();
        NodeList ms = doc.getElementsByTagName("mutation");
        for (int i = 0; i < ms.getLength(); i++) {
            Element m = (Element) ms.item(i);
            String fqn = text(m, "mutatedClass", report);
            String pkg = fqn.substring(0, Math.max(0, fqn.lastIndexOf('.')));
            Path source = sources.resolve(pkg.replace('.', '/')).resolve(text(m, "sourceFile", report));
            int line;
            try {
                line = Integer.parseInt(text(m, "lineNumber", report));
            } catch (NumberFormatException e) {
                throw new BadInput(report + ": mutation " + (i + 1) + ": lineNumber is not a number");
            }
            List<String> lines = files.get(source);
            if (lines == null) {
                try {
                    lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new BadInput(source + ": no such source file (mutation " + (i + 1) + " of " + report + ")");
                } catch (IOException e) {
                    throw new BadInput(source + ": " + e.getMessage());
                }
                files.put(source, lines);
            }
            if (line < 1 || line > lines.size()) {
                throw new BadInput(source + ": has no line " + line + " (mutation " + (i + 1) + " of " + report
                        + "): the report is older than the source");
            }
            String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
            String mutator = text(m, "mutator", report);
            out.add(new Mutation(m.getAttribute("status"), simple, text(m, "mutatedMethod", report),
                    mutator.substring(mutator.lastIndexOf('.') + 1), text(m, "description", report), line,
                    lines.get(line - 1).trim()));
        }
        return out;
    }

    private static String text(Element m, String tag, Path report) throws BadInput {
        NodeList l = m.getElementsByTagName(tag);
        if (l.getLength() == 0) {
            throw new BadInput(report + ": a mutation has no " + tag);
        }
        return l.item(0).getTextContent();
    }

    static List<Row> readTable(Path table) throws BadInput {
        List<MutantTable> lines;
        try {
            lines = MutantTable.read(table, 6);
        } catch (IOException e) {
            throw new BadInput(table + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        for (MutantTable t : lines) {
            if (!KINDS.contains(t.field(4))) {
                throw new BadInput(table + ":" + t.line() + ": kind " + t.field(4) + " is none of " + KINDS);
            }
            rows.add(new Row(t.field(0), t.field(1), t.field(2), t.field(3), t.field(4), t.field(5), t.line()));
        }
        return rows;
    }

    /** The kinds of survivor pit-survivors.tsv may name; see java-model/mutants/PIT.md. */
    static final List<String> KINDS = List.of("interleaving", "fewer", "unreached", "not-traced", "equivalent",
            "open");

    /** Input that is not what it should be: the message names the file. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}
