package kmcheck.sched;

/**
 * A mutex under the {@link ControlledScheduler}: waiting for it is a scheduling point at which
 * the waiter is not ready until the mutex is free.
 *
 * <p>Only the running actor touches it, so plain fields suffice.
 */
final class ControlledMutex extends OwnedMutex {
    /** the scheduler whose baton serialises all access */
    private final ControlledScheduler sched;

    ControlledMutex(ControlledScheduler sched, String name) {
        super(name);
        this.sched = sched;
    }

    @Override
    void acquire(Actor self) {
        Actor h = holder;
        if (h != null) {
            if (self.isInterrupt()) {
                throw Panic.interruptWouldBlock(name, h);
            }
            sched.await(self, () -> holder == null);
        }
        // the count and the holder change within one turn of the baton, so no one sees them apart
        sched.mutexHeld(1);
    }

    @Override
    void release(Actor self) {
        sched.mutexHeld(-1);
    }
}
