package kmcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code tlc2.TLC -tool}, one line at a time, into a {@link TlcOutcome}.
 *
 * <p>The verdict is the first violation or error TLC reports (see {@link TlcCodes}); success only
 * counts together with exit code 0. A temporal violation is named after the model's only
 * {@code PROPERTY}, because TLC does not say which temporal property failed; with several
 * properties its name stays unknown (shown as {@code property ?}) and it matches nothing. Text
 * outside message frames (SANY's error report) becomes part of a parse error's message.
 *
 * <p>Distributed TLC (TLCServer) prints a counterexample without the message that names the
 * invariant; the verdict is then an error ({@link #UNNAMED}) and the outcome carries the trace's last
 * state ({@link TlcOutcome#unnamedViolation()}) for {@link ViolationNamer}.
 */
public final class TlcOutputParser {

    /** Receives TLC's progress reports as they are read. */
    public interface ProgressSink {
        /** A sink that ignores every report. */
        ProgressSink NONE = (level, generated, distinct, queue) -> { };

        void progress(int level, long statesGenerated, long distinctStates, long queue);
    }

    private static final Pattern START = Pattern.compile("^@!@!@STARTMSG (\\d+):(\\d+) @!@!@$");
    private static final Pattern END = Pattern.compile("^@!@!@ENDMSG (\\d+) @!@!@$");
    private static final String NUMBER = "(\\d[\\d,.'\\u00a0\\u202f]*)";
    private static final Pattern PROGRESS = Pattern.compile("^Progress\\((-?\\d+)\\) at .*?: "
            + NUMBER + " states generated.*?, " + NUMBER + " distinct states found.*?, "
            + NUMBER + " states left on queue");
    private static final Pattern STATS = Pattern.compile("^" + NUMBER + " states generated, "
            + NUMBER + " distinct states found");
    private static final Pattern INIT_STATES = Pattern.compile(": " + NUMBER + " distinct states? generated");
    private static final Pattern DEPTH = Pattern.compile("search is (\\d+)");
    private static final Pattern NAMED = Pattern.compile("(?:Invariant|Property|Action property) (\\S+) is violated");
    /** The verdict of a counterexample printed without a message naming what it violates. */
    static final String UNNAMED = "TLC printed a counterexample without naming the invariant it violates"
            + " (distributed TLC does not)";
    /** The first line of a trace state: {@code 2: <PStart line 113, col 5 to line 115, col 67 of module PoolSlowdown>}. */
    private static final Pattern STATE_HEAD = Pattern.compile(
            "^(\\d+): <(?:(Initial predicate)|(\\S+) line \\d+, col \\d+ to line \\d+, col \\d+ of module (\\S+))>$");
    private static final Pattern STATE_VAR = Pattern.compile("^(?:/\\\\ )?([A-Za-z_][A-Za-z0-9_]*) = (.*)$");
    private static final Pattern BACK_TO = Pattern.compile("^(\\d+): Back to state");
    /** Lines of an error message kept; the rest is in TLC's own output. */
    private static final int MESSAGE_LINES = 12;

    private final List<String> cfgProperties;
    private final ProgressSink sink;

    private int openCode = -1;
    private int openSeverity;
    private final List<String> body = new ArrayList<>();
    private final List<String> unframed = new ArrayList<>();
    private final List<String> lastLines = new ArrayList<>();

    private Verdict verdict;
    private boolean success;
    private long distinct = CheckResult.UNKNOWN;
    private long generated = CheckResult.UNKNOWN;
    private long depth = CheckResult.UNKNOWN;
    private long lastLevel = CheckResult.UNKNOWN;
    private int cexLength;
    /** Whether TLC printed a counterexample before any message saying what it violates. */
    private boolean unnamed;
    /** The variable lines of the last state of the counterexample, as TLC printed them. */
    private String lastState;
    private final List<ErrorTrace.State> traceStates = new ArrayList<>();
    private int loopsBackTo;
    private boolean stutters;

    /**
     * @param cfgProperties the model's {@code PROPERTY} names, to name a temporal violation
     * @param sink          told of every progress report
     */
    TlcOutputParser(List<String> cfgProperties, ProgressSink sink) {
        this.cfgProperties = List.copyOf(cfgProperties);
        this.sink = sink;
    }

    /** Consumes one line of TLC's standard output (stderr merged in). */
    void accept(String line) {
        remember(line);
        if (openCode < 0) {
            Matcher start = START.matcher(line);
            if (start.matches()) {
                openCode = Integer.parseInt(start.group(1));
                openSeverity = Integer.parseInt(start.group(2));
                body.clear();
            } else if (isSanyReport(line) && unframed.size() < MESSAGE_LINES) {
                unframed.add(line.strip());
            }
            return;
        }
        Matcher end = END.matcher(line);
        if (end.matches() && Integer.parseInt(end.group(1)) == openCode) {
            handle(openCode, openSeverity, String.join("\n", body).strip());
            openCode = -1;
        } else {
            body.add(line);
        }
    }

    /** The outcome, once TLC has exited with {@code exitCode}; output is TLC's whole output or null. */
    TlcOutcome finish(int exitCode, CharSequence output) {
        Verdict result = verdict;
        if (result == null && success && exitCode == TlcCodes.EXIT_SUCCESS) {
            result = Verdict.ok();
        } else if (result == null) {
            result = Verdict.error("TLC exited with " + TlcCodes.describeExit(exitCode)
                    + " without a verdict; its last lines:\n" + String.join("\n", lastLines));
        }
        long searched = depth != CheckResult.UNKNOWN ? depth : lastLevel;
        return new TlcOutcome(result, distinct, generated, searched, cexLength, exitCode,
                output == null ? null : output.toString(), errorTrace(), unnamed ? lastState : null);
    }

    /** The outcome of a TLC killed after {@code timeout}: an error, whatever it had reported. */
    TlcOutcome timedOut(java.time.Duration timeout, CharSequence output) {
        return new TlcOutcome(Verdict.error("TLC did not finish within " + timeout.toSeconds() + " s"),
                distinct, generated, depth != CheckResult.UNKNOWN ? depth : lastLevel, cexLength,
                TlcOutcome.TIMED_OUT, output == null ? null : output.toString(), errorTrace(), null);
    }

    private void handle(int code, int severity, String text) {
        switch (code) {
            case TlcCodes.TLC_SUCCESS -> success = true;
            case TlcCodes.TLC_INVARIANT_VIOLATED_BEHAVIOR -> decide(Verdict.invariant(name(text)));
            case TlcCodes.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR -> decide(Verdict.property(name(text)));
            case TlcCodes.TLC_INVARIANT_VIOLATED_INITIAL -> {
                // The offending initial state is printed inside this message, not as a trace state.
                decide(Verdict.invariant(name(text)));
                cexLength = 1;
            }
            case TlcCodes.TLC_PROPERTY_VIOLATED_INITIAL -> {
                decide(Verdict.property(name(text)));
                cexLength = 1;
            }
            case TlcCodes.TLC_DEADLOCK_REACHED -> decide(Verdict.deadlock());
            case TlcCodes.TLC_TEMPORAL_PROPERTY_VIOLATED -> decide(temporalViolation());
            case TlcCodes.TLC_STATE_PRINT2 -> {
                cexLength++;
                // "N: <action>" then the variables, one conjunct a line
                lastState = text.contains("\n") ? text.substring(text.indexOf('\n') + 1).strip() : "";
                traceState(text);
            }
            case TlcCodes.TLC_STATE_PRINT3 -> stutters = true;
            case TlcCodes.TLC_BACK_TO_STATE -> {
                Matcher m = BACK_TO.matcher(text);
                if (m.find()) {
                    loopsBackTo = Integer.parseInt(m.group(1));
                }
            }
            case TlcCodes.TLC_PROGRESS_STATS -> progress(text);
            case TlcCodes.TLC_STATS -> stats(text);
            case TlcCodes.TLC_INIT_GENERATED1 -> initialStates(text);
            case TlcCodes.TLC_SEARCH_DEPTH -> {
                Matcher m = DEPTH.matcher(text);
                if (m.find()) {
                    depth = Long.parseLong(m.group(1));
                }
            }
            case TlcCodes.TLC_PARSING_FAILED -> decide(Verdict.error(limit(
                    text + (unframed.isEmpty() ? "" : "\n\n" + String.join("\n", unframed)))));
            case TlcCodes.TLC_NESTED_EXPRESSION -> appendToError(text);
            case TlcCodes.TLC_BEHAVIOR_UP_TO_THIS_POINT -> {
                // Plain TLC says what is violated first; distributed TLC only prints the trace.
                if (verdict == null && severity == TlcCodes.SEVERITY_ERROR) {
                    unnamed = true;
                    decide(Verdict.error(UNNAMED));
                }
            }
            case TlcCodes.TLC_COUNTER_EXAMPLE -> {
                // Frame the trace; the states are counted from TLC_STATE_PRINT2.
            }
            default -> {
                if (severity == TlcCodes.SEVERITY_ERROR) {
                    decide(Verdict.error(limit(text)));
                }
            }
        }
    }

    /**
     * One state of the error trace: its head line, then {@code /\\ var = value} lines; a value TLC
     * wraps continues on the following lines, which do not start a new conjunct.
     */
    private void traceState(String text) {
        List<String> lines = text.lines().toList();
        Matcher head = lines.isEmpty() ? null : STATE_HEAD.matcher(lines.get(0).strip());
        if (head == null || !head.matches()) {
            return; // not a state TLC 2.18 prints; the count above still has it
        }
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        String var = null;
        for (String line : lines.subList(1, lines.size())) {
            Matcher v = STATE_VAR.matcher(line.strip());
            if (v.matches() && (line.startsWith("/\\ ") || var == null)) {
                var = v.group(1);
                values.put(var, v.group(2).strip());
            } else if (var != null && !line.isBlank()) {
                values.put(var, values.get(var) + " " + line.strip());
            }
        }
        boolean initial = head.group(2) != null;
        traceStates.add(new ErrorTrace.State(Integer.parseInt(head.group(1)),
                initial ? ErrorTrace.INITIAL : head.group(3), initial ? null : head.group(4), values));
    }

    private ErrorTrace errorTrace() {
        return traceStates.isEmpty() ? ErrorTrace.NONE : new ErrorTrace(traceStates, loopsBackTo, stutters);
    }

    private Verdict temporalViolation() {
        if (cfgProperties.size() == 1) {
            return Verdict.property(cfgProperties.get(0));
        }
        return new Verdict(VerdictKind.PROPERTY, null, "TLC does not name the temporal property it found violated;"
                + " the model lists " + (cfgProperties.isEmpty() ? "none" : String.join(", ", cfgProperties))
                + ". A model that expects a property failure should list only that PROPERTY.");
    }

    /** The first violation or error decides the verdict; later messages are its consequences. */
    private void decide(Verdict v) {
        if (verdict == null) {
            verdict = v;
        }
    }

    /** Adds where an evaluation error happened to the error's message. */
    private void appendToError(String text) {
        if (verdict != null && verdict.kind() == VerdictKind.ERROR) {
            verdict = Verdict.error(limit(verdict.message() + "\n" + text));
        }
    }

    private void progress(String text) {
        Matcher m = PROGRESS.matcher(text);
        if (m.find()) {
            lastLevel = Long.parseLong(m.group(1));
            generated = number(m.group(2));
            distinct = number(m.group(3));
            sink.progress((int) lastLevel, generated, distinct, number(m.group(4)));
        }
    }

    private void stats(String text) {
        Matcher m = STATS.matcher(text);
        if (m.find()) {
            generated = number(m.group(1));
            distinct = number(m.group(2));
        }
    }

    private void initialStates(String text) {
        Matcher m = INIT_STATES.matcher(text);
        if (m.find() && distinct == CheckResult.UNKNOWN) {
            distinct = number(m.group(1));
            generated = distinct;
        }
    }

    private static String name(String text) {
        Matcher m = NAMED.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** TLC groups digits by locale ("1,009"); all its counts are integers. */
    private static long number(String digits) {
        return Long.parseLong(digits.replaceAll("\\D", ""));
    }

    private static boolean isSanyReport(String line) {
        return !line.isBlank() && !line.startsWith("Parsing file ") && !line.startsWith("Semantic processing of module ");
    }

    private static String limit(String text) {
        return text.lines().limit(MESSAGE_LINES).reduce((a, b) -> a + "\n" + b).orElse(text);
    }

    private void remember(String line) {
        if (lastLines.size() == 5) {
            lastLines.remove(0);
        }
        lastLines.add(line);
    }
}
