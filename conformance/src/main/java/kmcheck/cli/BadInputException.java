package kmcheck.cli;

/**
 * Input the user must fix (a missing file, a directory given as a trace, a revision no model
 * checks); exits with {@link ExitCode#BAD_INPUT}. The message is one line, ready to print.
 */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
