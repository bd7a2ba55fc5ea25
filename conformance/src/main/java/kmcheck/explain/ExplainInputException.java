package kmcheck.explain;

/**
 * Input kmcheck explain cannot take: an action without a citation, a model constant of a kind the
 * models do not use, a write-up without its markers. The message is one line, {@code FILE:LINE: problem}.
 */
public final class ExplainInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExplainInputException(String message) {
        super(message);
    }
}
