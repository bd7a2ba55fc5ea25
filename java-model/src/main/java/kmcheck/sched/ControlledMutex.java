package kmcheck.sched;

/**
 * A mutex under the {@link ControlledScheduler}: waiting for it is a scheduling point at which
 * the waiter is not ready until the mutex is free.
 *
 * <p>Only the running actor touches it, so plain fields suffice.
 */
final class ControlledMutex implements Mutex {
    /** the scheduler whose baton serialises all access */
    private final ControlledScheduler sched;
    /** the kernel's name, e.g. "uvm_km_mtx" */
    private final String name;
    /** mtx_owner, or null */
    private volatile Actor holder;

    ControlledMutex(ControlledScheduler sched, String name) {
        this.sched = sched;
        this.name = name;
    }

    @Override
    public void enter(Actor self) {
        Actor h = holder;
        if (h == self) {
            throw Panic.lockingAgainstMyself(name, self);
        }
        if (h != null) {
            if (self.isInterrupt()) {
                throw Panic.interruptWouldBlock(name, h);
            }
            sched.await(self, () -> holder == null);
        }
        holder = self;
        sched.mutexHeld(1);
    }

    @Override
    public void leave(Actor self) {
        if (holder != self) {
            throw Panic.notHeld(name, self, holder);
        }
        holder = null;
        sched.mutexHeld(-1);
    }

    @Override
    public Actor holder() {
        return holder;
    }

    @Override
    public String name() {
        return name;
    }
}
