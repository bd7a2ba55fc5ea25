package kmcheck.tracefile;

import java.nio.file.Path;

/**
 * A trace file that does not follow the schema of specs/TRACE.md#trace-schema. The message always starts with
 * {@code file:line: } so that editors and CI logs can jump to the offending line.
 */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String reason;

    public TraceFormatException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public TraceFormatException(Path file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The trace file. */
    public Path file() { return file; }

    /** The 1-based line number of the offending line. */
    public int line() { return line; }

    /** The reason without the location prefix. */
    public String reason() { return reason; }
}
