package kmcheck.replay;

import java.nio.file.Path;

/**
 * The replay could not be carried out: the spec does not load, TLC failed while evaluating a
 * state, or the trace file cannot be read. When the failure relates to a trace line, the message
 * starts with {@code file:line: }. A trace that merely does not conform is not an exception: it is
 * a {@link ReplayReport} with a {@link Divergence}.
 */
public final class ReplayException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /** A failure unrelated to a trace line (e.g. the spec does not parse). */
    public ReplayException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
    }

    /** A failure while handling line {@code line} of trace {@code file}. */
    public ReplayException(Path file, int line, String message, Throwable cause) {
        super(file + ":" + line + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    /** The trace file, or {@code null} if the failure does not relate to a trace line. */
    public Path file() { return file; }

    /** The 1-based trace line, or 0 if the failure does not relate to a trace line. */
    public int line() { return line; }
}
