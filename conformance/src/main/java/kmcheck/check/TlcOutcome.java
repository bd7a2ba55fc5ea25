package kmcheck.check;

/**
 * What {@link TlcOutputParser} read from one TLC run; counts are {@link CheckResult#UNKNOWN} when absent.
 *
 * @param exitCode TLC's exit code, {@link #TIMED_OUT} if it was killed for taking too long
 * @param output   TLC's whole output if the run kept it ({@link TlcChild.Run#keepOutput()}), else null
 * @param trace    the error trace TLC printed, {@link ErrorTrace#NONE} if none
 * @param unnamedViolation the last state of a counterexample TLC printed without naming what it violates
 *                 (distributed TLC), as TLC printed its variables; else null
 */
public record TlcOutcome(Verdict verdict, long distinctStates, long statesGenerated, long depth, int cexLength,
                         int exitCode, String output, ErrorTrace trace, String unnamedViolation) {
    /** The exit code of a run killed at its timeout. */
    public static final int TIMED_OUT = -1;
}
