package kmcheck.replay;

/**
 * The constants a trace header gives break an ASSUME of the spec (say LOWAT above the initial
 * reserve): bad input, not a failure of TLC.
 */
public class ConstantsRejectedException extends Exception {
    public ConstantsRejectedException(String message) {
        super(message);
    }
}
