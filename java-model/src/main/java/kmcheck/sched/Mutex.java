package kmcheck.sched;

/**
 * A non-recursive kernel mutex (mutex(9)).  Entering one you hold panics with
 * "mtx_enter: locking against myself", naming the holder; from interrupt context, a mutex held
 * by someone else panics instead of blocking.
 */
public interface Mutex {
    /** mtx_enter: may block in process context; never blocks in interrupt context. */
    void enter(Actor self);

    /** mtx_leave: panics unless self holds it.  Never blocks. */
    void leave(Actor self);

    /** The holder, or null.  A racy read outside the mutex. */
    Actor holder();

    /** The kernel's name for it, e.g. "uvm_km_mtx". */
    String name();
}
