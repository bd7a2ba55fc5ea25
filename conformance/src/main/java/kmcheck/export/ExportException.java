package kmcheck.export;

/**
 * The trace cannot be exported. {@link #badInput()} tells the trace's fault (a header the spec
 * rejects, a value TLA+ cannot spell) from kmcheck's or the file system's.
 */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    /** A failure that is not the trace's fault (I/O, TLC). */
    public ExportException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ExportException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** The trace is at fault; the message starts with {@code file:line: }. */
    static ExportException badInput(String message, Throwable cause) {
        return new ExportException(message, cause, true);
    }

    /** Whether the trace, not kmcheck, is at fault. */
    public boolean badInput() {
        return badInput;
    }
}
