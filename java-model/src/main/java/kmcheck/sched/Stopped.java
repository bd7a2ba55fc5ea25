package kmcheck.sched;

/** The run is over: unwinds an actor out of a scheduling point or a blocking primitive. */
public final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stopped() {
        super("run stopped", null, false, false);
    }
}
