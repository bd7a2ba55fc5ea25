package kmcheck.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spec mutation suite of {@code specs/mutants/mutants.tsv}: each row replaces one exact piece of
 * text of one spec file by another, in a private copy of specs/, and names the model and the property
 * expected to kill the mutant. A mutant is killed only when TLC reports that very property violated on
 * that model; any other verdict (ok, another property, a parse error) leaves it alive. A row whose model
 * is {@code -} is an equivalent mutant: it is not run, its reason is in the why column.
 *
 * <p>For a temporal property the model's {@code PROPERTIES} are cut down to the expected one, because
 * TLC does not name a violated temporal property; invariants are kept as the model lists them.
 *
 * <p>{@code java -cp kmcheck.jar kmcheck.check.SpecMutants [--specs DIR] [--fast] [id...]} prints the
 * mutation table and exits 1 when a non-equivalent mutant survives.
 */
public final class SpecMutants {

    /** The mutants file, relative to the specs directory. */
    public static final String FILE = "mutants/mutants.tsv";

    /** One row of mutants.tsv; {@code original} and {@code replacement} with {@code \n}, {@code \t}, {@code \\} decoded. */
    public record Mutant(String id, String file, boolean fast, String model, String property,
                         String original, String replacement, String why) {
        public boolean equivalent() {
            return model.equals("-");
        }
    }

    /** A mutant's run: TLC's result, and whether it reported the expected property. */
    public record Outcome(Mutant mutant, CheckResult result) {
        public boolean killed() {
            return result != null && result.matches();
        }

        public String killedBy() {
            if (result == null) {
                return "(equivalent)";
            }
            Verdict v = result.actual();
            return switch (v.kind()) {
                case OK -> "survived";
                case ERROR -> "error: " + firstLine(v.message());
                default -> v.kind().name().toLowerCase() + " " + (v.property() == null ? "?" : v.property());
            };
        }
    }

    private SpecMutants() {
    }

    public static List<Mutant> load(Path tsv) throws IOException {
        List<Mutant> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IOException(tsv + ":" + lineNo + ": 8 tab-separated columns expected, found " + f.length);
            }
            rows.add(new Mutant(f[0], f[1], f[2].equals("fast"), f[3], f[4], decode(f[5]), decode(f[6]), f[7]));
        }
        return rows;
    }

    static String decode(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Applies {@code m} to a copy of {@code specs} in a temp directory and runs TLC on its model. */
    public static Outcome run(Path specs, Mutant m, int workers) throws IOException, InterruptedException {
        if (m.equivalent()) {
            return new Outcome(m, null);
        }
        Path tmp = Files.createTempDirectory("kmcheck-mutant-");
        Thread cleanup = new Thread(() -> kmcheck.util.DeleteTree.quietly(tmp), "remove " + tmp);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            try (Stream<Path> files = Files.list(specs)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, tmp.resolve(f.getFileName()));
                    }
                }
            }
            Path target = tmp.resolve(m.file());
            String text = Files.readString(target, StandardCharsets.UTF_8);
            int at = text.indexOf(m.original());
            if (at < 0 || text.indexOf(m.original(), at + 1) >= 0) {
                throw new IOException(FILE + ": mutant " + m.id() + ": the original text occurs "
                        + (at < 0 ? "nowhere" : "more than once") + " in " + m.file());
            }
            Files.writeString(target, text.substring(0, at) + m.replacement()
                    + text.substring(at + m.original().length()), StandardCharsets.UTF_8);
            Path cfg = tmp.resolve(m.model() + ".cfg");
            ModelConfig config = ModelConfig.read(cfg);
            Verdict expected;
            if (config.properties().contains(m.property())) {
                Files.write(cfg, onlyProperty(Files.readAllLines(cfg), m.property()));
                expected = Verdict.property(m.property());
            } else if (config.invariants().contains(m.property())) {
                expected = Verdict.invariant(m.property());
            } else {
                throw new IOException("mutant " + m.id() + ": " + m.model() + " does not check " + m.property());
            }
            ModelEntry entry = new ModelEntry(m.model(), expected, m.why(), config.revision().orElse(null), 0);
            return new Outcome(m, new ModelChecker(tmp, workers, CheckListener.NONE).check(entry));
        } finally {
            kmcheck.util.DeleteTree.quietly(tmp);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** The cfg lines with the PROPERTY/PROPERTIES section cut down to {@code keep}. */
    static List<String> onlyProperty(List<String> lines, String keep) {
        List<String> out = new ArrayList<>();
        boolean inProps = false;
        for (String line : lines) {
            String t = line.trim();
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (t.equals("PROPERTIES") || t.equals("PROPERTY")) {
                inProps = true;
                out.add(line);
                continue;
            }
            if (inProps && indented && !t.isEmpty() && !t.startsWith("\\*")) {
                if (t.equals(keep)) {
                    out.add(line);
                }
                continue;
            }
            if (!indented) {
                inProps = false;
            }
            out.add(line);
        }
        return out;
    }

    /** The mutation table, one row per outcome. */
    public static String table(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder(String.format("%-22s %-42s %-40s %6s %7s%n",
                "mutant", "expected killer", "killed by", "cex", "seconds"));
        for (Outcome o : outcomes) {
            Mutant m = o.mutant();
            String expected = m.equivalent() ? "-" : m.model().replace("MCPoolSlowdown_", "") + " " + m.property();
            CheckResult r = o.result();
            b.append(String.format("%-22s %-42s %-40s %6s %7s%n", m.id(), expected, o.killedBy(),
                    r == null || r.cexLength() == 0 ? "-" : Integer.toString(r.cexLength()),
                    r == null ? "-" : String.format("%.1f", r.elapsed().toMillis() / 1000.0)));
        }
        return b.toString();
    }

    /**
     * Runs the suite (or the rows named, or the fast ones); exit 0 when every non-equivalent
     * mutant is killed, 1 when one is alive, 2 on bad input (one line: the file and the problem).
     */
    public static void main(String[] args) throws Exception {
        try {
            System.exit(runMain(args));
        } catch (java.io.IOException | IllegalArgumentException e) {
            System.err.println("SpecMutants: " + e.getMessage());
            System.exit(2);
        }
    }

    private static int runMain(String[] args) throws Exception {
        Path specs = Path.of("specs");
        boolean fastOnly = false;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--specs" -> specs = Path.of(args[++i]);
                case "--fast" -> fastOnly = true;
                default -> ids.add(args[i]);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Mutant m : load(specs.resolve(FILE))) {
            if ((fastOnly && !m.fast()) || (!ids.isEmpty() && !ids.contains(m.id()))) {
                continue;
            }
            Outcome o = run(specs, m, 1);
            outcomes.add(o);
            System.err.println(m.id() + ": " + o.killedBy());
        }
        System.out.print(table(outcomes));
        long alive = outcomes.stream().filter(o -> !o.mutant().equivalent() && !o.killed()).count();
        long equivalent = outcomes.stream().filter(o -> o.mutant().equivalent()).count();
        System.out.printf("%d mutants: %d killed, %d equivalent, %d alive%n", outcomes.size(),
                outcomes.size() - alive - equivalent, equivalent, alive);
        return alive == 0 ? 0 : 1;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
