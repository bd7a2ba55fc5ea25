package kmcheck.export;

/** The trace cannot be exported: unreadable spec, unknown module, or a value TLA+ cannot spell. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
