package kmcheck.sched;

/**
 * mutex(9)'s rules, kept alike whatever a {@link Mutex} blocks on: its name, mtx_owner, the
 * panics on entering a mutex one holds and on leaving one held by another.  A subclass only
 * takes and frees what it blocks on.
 *
 * <p>Thread contract: only the actor that enters or leaves the mutex writes {@link #holder};
 * others read it racily ({@link Mutex#holder}).
 */
abstract class OwnedMutex implements Mutex {
    /** the kernel's name, e.g. "uvm_km_mtx" */
    final String name;
    /** mtx_owner, or null; written by the holder only */
    volatile Actor holder;

    OwnedMutex(String name) {
        this.name = name;
    }

    /**
     * Wait until the mutex is free, or in interrupt context panic at once if it is not;
     * {@link #enter} then makes self the holder.  Called only when self does not hold it.
     */
    abstract void acquire(Actor self);

    /** Free what {@link #acquire} took; self, the holder a moment ago, has just given it up. */
    abstract void release(Actor self);

    @Override
    public final void enter(Actor self) {
        if (holder == self) {
            // only self sets holder to self: this read is exact
            throw Panic.lockingAgainstMyself(name, self);
        }
        acquire(self);
        holder = self;
    }

    @Override
    public final void leave(Actor self) {
        if (holder != self) {
            throw Panic.notHeld(name, self, holder);
        }
        holder = null;
        release(self);
    }

    @Override
    public final Actor holder() {
        return holder;
    }

    @Override
    public final String name() {
        return name;
    }
}
