package kmcheck.mutation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import kmcheck.check.TlcChild;
import kmcheck.scratch.Scratch;
import kmcheck.util.DeleteTree;

/**
 * {@code make mutants}, the Java model's part: every curated protocol mutant of
 * java-model/mutants/mutants.tsv is applied to a copy of the Java model's sources, compiled, and
 * run in a child JVM ({@link MutantMain}) whose class path puts the mutant ahead of the real
 * model; the child runs conformance campaigns of the mutant's revision and reports, per mode,
 * the tries until replay caught it, and by what. Prints the table; exits 1 unless every mutant
 * is caught, and only by what its row expects.
 *
 * <pre>
 * java -cp conformance/target/kmcheck.jar kmcheck.mutation.JavaMutants --specs specs \
 *     --mutants java-model/mutants/mutants.tsv --sources java-model/src/main/java [--seeds 5] [--max-tries 150]
 *     [--only NAME,NAME]
 * </pre>
 *
 * <p>Single-threaded; one child at a time. Each mutant's copy is a private scratch directory,
 * removed when its child is done; the child dies with this JVM (it watches its standard input).
 */
public final class JavaMutants {
    private JavaMutants() {
    }

    public static void main(String[] args) throws Exception {
        Path specs = Path.of(arg(args, "--specs", "specs"));
        Path table = Path.of(arg(args, "--mutants", "java-model/mutants/mutants.tsv"));
        Path sources = Path.of(arg(args, "--sources", "java-model/src/main/java"));
        int seeds = Integer.parseInt(arg(args, "--seeds", "5"));
        int maxTries = Integer.parseInt(arg(args, "--max-tries", "150"));
        String only = arg(args, "--only", "");
        List<JavaMutant> mutants = read(table).stream()
                .filter(m -> only.isEmpty() || List.of(only.split(",")).contains(m.name())).toList();
        System.out.println(HEADER);
        int bad = 0;
        for (JavaMutant m : mutants) {
            String row = run(m, specs, sources, seeds, maxTries, table);
            System.out.println(row);
            bad += row.endsWith("killed") ? 0 : 1;
        }
        System.out.printf("%d Java mutants: %d killed as expected, %d not%n", mutants.size(), mutants.size() - bad, bad);
        System.exit(bad == 0 ? 0 : 1);
    }

    /** The table's heading line. */
    static final String HEADER = String.format("%-26s %-9s %-22s %-22s %-22s %-22s %s", "mutant", "revision",
            "caught by", "random (full)", "guided (full)", "random (kernel)", "verdict");

    /** The value after name in args, or dflt. */
    static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    static List<JavaMutant> read(Path table) throws IOException {
        List<JavaMutant> out = new ArrayList<>();
        for (MutantTable t : MutantTable.read(table, 8)) {
            out.add(new JavaMutant(t.field(0), t.field(1), unescape(t.field(2)), unescape(t.field(3)), t.field(4),
                    t.field(5), t.field(6), t.field(7), t.line()));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }

    /** Applies, compiles and runs one mutant; its table row, which ends in its verdict. */
    static String run(JavaMutant m, Path specs, Path sources, int seeds, int maxTries, Path table)
            throws Exception {
        Path dir = Scratch.newDirectory("mutant");
        try {
            Path src = dir.resolve("src");
            copyTree(sources, src);
            Path file = src.resolve(m.file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(m.find());
            if (at < 0 || text.indexOf(m.find(), at + 1) >= 0) {
                throw new IllegalStateException(table + ":" + m.line() + ": mutant " + m.name() + ": the text to replace"
                        + (at < 0 ? " is not in " : " occurs more than once in ") + m.file() + " (the source changed?)");
            }
            Files.writeString(file, text.substring(0, at) + m.replace() + text.substring(at + m.find().length()),
                    StandardCharsets.UTF_8);
            Path classes = dir.resolve("classes");
            compile(src, classes);
            return child(m, classes, dir, specs, seeds, maxTries);
        } finally {
            DeleteTree.quietly(dir);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void compile(Path src, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn", "--release", "17",
                "-cp", TlcChild.codeSource(com.fasterxml.jackson.core.JsonFactory.class).toString()));
        try (Stream<Path> all = Files.walk(src)) {
            all.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        if (javac.run(null, null, System.err, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the mutant does not compile");
        }
    }

    /** Runs MutantMain with the mutant's classes first on the class path; its one-line result. */
    private static String child(JavaMutant m, Path classes, Path dir, Path specs, int seeds, int maxTries)
            throws IOException, InterruptedException {
        String cp = classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, MutantMain.class.getName(), dir.toString(), specs.toAbsolutePath().toString(), m.revision(),
                m.expected(), Integer.toString(seeds), Integer.toString(maxTries),
                specs.resolve(m.model() + ".cfg").toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        Thread hook = new Thread(p::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(hook);
        try (OutputStream keepOpen = p.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String result = out.readLine();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            String[] cells = result == null ? new String[0] : result.split("\t");
            if (cells.length != 4) {
                return String.format("%-26s %-9s %-22s the child failed (exit %d)", m.name(), m.revision(), m.expected(),
                        p.exitValue());
            }
            return String.format("%-26s %-9s %-22s %-22s %-22s %-22s %s", m.name(), m.revision(), m.expected(),
                    cells[0], cells[1], cells[2], cells[3]);
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
