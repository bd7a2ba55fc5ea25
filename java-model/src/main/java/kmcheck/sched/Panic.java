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

    /** mutex(9)'s recursion panic, before the mutex's name. */
    private static final String LOCKING_AGAINST_MYSELF = "mtx_enter: locking against myself: ";

    /**
     * The start of the only panic the spec has: uvm_km_mtx re-entered (NoKmMutexRecursionInv,
     * km1.77's and km1.79's bug). Another mutex re-entered is no kernel revision's panic.
     */
    public static final String RECURSION = LOCKING_AGAINST_MYSELF + "uvm_km_mtx held by ";

    /**
     * The spec's invariant that fails where the recursion panic happens: a run that ends in the
     * panic is the spec's only if its last state breaks it.
     */
    public static final String RECURSION_INVARIANT = "NoKmMutexRecursionInv";

    /** mtx_enter on a mutex the caller holds: mutex(9)'s "locking against myself". */
    static Panic lockingAgainstMyself(String mutex, Actor self) {
        return new Panic(LOCKING_AGAINST_MYSELF + mutex + " held by " + self);
    }

    /** An interrupt's mtx_enter on a mutex someone holds: it would have to wait, which it may not. */
    static Panic interruptWouldBlock(String mutex, Actor holder) {
        return new Panic("mtx_enter in interrupt context would block: " + mutex + " held by " + holder);
    }

    /** mtx_leave by someone who is not the holder. */
    static Panic notHeld(String mutex, Actor self, Actor holder) {
        return new Panic("mtx_leave: " + mutex + " not held by " + self + " but by " + holder);
    }
}
