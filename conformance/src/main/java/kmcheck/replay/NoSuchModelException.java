package kmcheck.replay;

/**
 * A trace names a spec or revision that the specs directory has no model for: bad input, not a
 * failure of TLC.
 */
public class NoSuchModelException extends Exception {
    public NoSuchModelException(String message) {
        super(message);
    }
}
