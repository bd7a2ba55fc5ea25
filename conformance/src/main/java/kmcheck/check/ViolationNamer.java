package kmcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kmcheck.scratch.Scratch;
import kmcheck.tracefile.TlaText;
import kmcheck.util.DeleteTree;

/**
 * Names what a counterexample violates when TLC printed it without saying (distributed TLC: its
 * TLCServer prints the trace but drops the worker's "Invariant X is violated" message). Plain TLC,
 * one worker, is asked about the trace's last state alone: a private copy of the specs gets a root
 * module {@code KmcheckViolation} that extends the model's module and defines that state, and a
 * copy of the model's cfg that overrides {@code Init} with it ({@code Init <- KmcheckViolatingState}).
 * TLC checks the cfg's invariants on that initial state in the cfg's order, as a distributed worker
 * does on the state it found, so the first invariant it reports violated is the one the worker hit.
 * With nothing violated there (the worker failed otherwise), the answer is an error.
 *
 * <p>The state text is TLC's own output, but it still becomes TLA+ only through a strict lexer:
 * one {@code /\ variable = value} conjunct a line, values made of numbers, strings, {@code TRUE},
 * {@code FALSE}, the cfg's model values and TLC's value syntax ({@code :> @@ |-> << >> ( ) [ ] { } ,});
 * anything else and no TLC runs.
 *
 * <p>Stateless; thread-safe: each call has its own directory and TLC child.
 */
final class ViolationNamer {
    static final String MODULE = "KmcheckViolation";
    private static final String STATE = "KmcheckViolatingState";
    /** One conjunct starts a line; its value may go on over indented lines. */
    private static final Pattern CONJUNCT = Pattern.compile("(?m)^/\\\\ ");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?s)([A-Za-z0-9_]+) = (.+)");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|-?\\d+|\"(?:[^\"\\\\\\n]|\\\\[nt\"\\\\])*\"|[A-Za-z0-9_]+|:>|@@|\\|->|<<|>>|[()\\[\\]{},]");
    private static final Pattern CFG_WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private ViolationNamer() {
    }

    /**
     * The verdict of {@code model} (of {@code specsDir}) on {@code state}, the last state of a
     * counterexample as TLC printed its variables.
     */
    static Verdict name(Path specsDir, ModelEntry model, String state) throws IOException, InterruptedException {
        String cfg = Files.readString(model.cfg(specsDir));
        Set<String> modelValues = new LinkedHashSet<>();
        String expression;
        try {
            expression = expression(state, cfgWords(cfg), modelValues);
        } catch (IllegalArgumentException e) {
            return Verdict.error(TlcOutputParser.UNNAMED + "; its last state cannot be read back: " + e.getMessage());
        }
        Path dir = Scratch.newDirectory("violation");
        try {
            try (Stream<Path> files = Files.list(specsDir)) {
                for (Path tla : files.filter(p -> p.getFileName().toString().endsWith(".tla")).toList()) {
                    Files.copy(tla, dir.resolve(tla.getFileName()));
                }
            }
            Files.writeString(dir.resolve(MODULE + ".tla"), module(model.module(), modelValues, expression));
            Files.writeString(dir.resolve(MODULE + ".cfg"), cfg + overrides(modelValues));
            TlcOutcome o = TlcChild.run(new TlcChild.Run(dir, MODULE + ".cfg", MODULE, List.of(), 1,
                    List.of(), TIMEOUT, false), TlcOutputParser.ProgressSink.NONE);
            return switch (o.verdict().kind()) {
                case INVARIANT, DEADLOCK -> o.verdict();
                case OK, PROPERTY -> Verdict.error(TlcOutputParser.UNNAMED + "; TLC finds no invariant violated in its"
                        + " last state (the worker failed otherwise: see TLC's output)");
                case ERROR -> Verdict.error(TlcOutputParser.UNNAMED + "; TLC on its last state: " + o.verdict().message());
            };
        } finally {
            DeleteTree.quietly(dir);
        }
    }

    /** The state as one TLA+ conjunction, every token checked; adds the model values it names. */
    static String expression(String state, Set<String> cfgWords, Set<String> modelValues) {
        List<String> conjuncts = new ArrayList<>();
        String[] parts = CONJUNCT.split(state.strip());
        if (parts.length < 2 || !parts[0].isBlank()) {
            throw new IllegalArgumentException("not a conjunction of variables: " + TlaText.printable(state));
        }
        for (int i = 1; i < parts.length; i++) {
            Matcher m = ASSIGNMENT.matcher(parts[i].strip());
            if (!m.matches() || !TlaText.isIdentifier(m.group(1))) {
                throw new IllegalArgumentException("not 'variable = value': " + TlaText.printable(parts[i]));
            }
            conjuncts.add("/\\ " + m.group(1) + " = " + value(m.group(2), cfgWords, modelValues));
        }
        return String.join("\n    ", conjuncts);
    }

    private static String value(String text, Set<String> cfgWords, Set<String> modelValues) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("unexpected text in a value: " + TlaText.printable(text.substring(at)));
            }
            String token = m.group();
            if (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_') {
                if (!token.equals("TRUE") && !token.equals("FALSE")) {
                    if (!TlaText.isIdentifier(token) || !cfgWords.contains(token)) {
                        throw new IllegalArgumentException("'" + token + "' is not a model value of the cfg");
                    }
                    modelValues.add(token);
                }
            }
            out.append(token.isBlank() ? " " : token);
            at = m.end();
        }
        return out.toString().strip();
    }

    /** The words of a cfg's text, comments removed: where a printed model value must come from. */
    static Set<String> cfgWords(String cfg) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = CFG_WORD.matcher(cfg.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", ""));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String module(String extended, Set<String> modelValues, String expression) {
        return "---- MODULE " + MODULE + " ----\n"
                + "\\* Written by kmcheck to name what a distributed TLC counterexample violates.\n"
                + "EXTENDS " + extended + "\n"
                + (modelValues.isEmpty() ? "" : "CONSTANTS " + String.join(", ", modelValues) + "\n")
                + STATE + " ==\n    " + expression + "\n"
                + "====\n";
    }

    private static String overrides(Set<String> modelValues) {
        StringBuilder cfg = new StringBuilder("\n\\* kmcheck: the last state of the counterexample as the only initial state\n"
                + "CONSTANTS\n    Init <- " + STATE + "\n");
        for (String v : modelValues) {
            cfg.append("    ").append(v).append(" = ").append(v).append('\n');
        }
        return cfg.toString();
    }
}
