package kmcheck.check;

/**
 * A problem in expected.tsv (or a model it names). The message is the one line
 * {@code <file>:<line>: <problem>} ({@code <file>: <problem>} when the file as a whole is at fault),
 * ready to print as is.
 */
public final class ExpectedTableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    public ExpectedTableException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The 1-based line of expected.tsv; 0 when the file as a whole is the problem (e.g. unreadable). */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
