package kmcheck.sched;

/**
 * A kernel assertion failed: panic(9).  Thrown at once, never a hang, e.g.
 * "sleep in interrupt context: getpage" or "mtx_enter: locking against myself: uvm_km_mtx held by p1".
 */
public final class Panic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Panic(String message) {
        super(message);
    }
}
