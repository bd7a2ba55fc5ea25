package kmcheck.sched;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A mutex on a java.util.concurrent lock, made non-recursive: entering it again panics, naming
 * the holder.  A process holds the scheduler's IPL read lock while it holds the mutex, which
 * keeps interrupts out; in interrupt context (every mutex free by construction) a held mutex
 * panics at once instead of blocking.
 *
 * <p>Thread-safe.  enter blocks in process context until the mutex is free (interruptibly, into
 * {@link Stopped}); leave never blocks.
 */
final class RealMutex implements Mutex {
    /** the kernel's name, e.g. "uvm_km_mtx" */
    private final String name;
    /** the lock proper; its reentrancy is never used */
    private final ReentrantLock lock = new ReentrantLock();
    /** the IPL read lock: held with the mutex by process contexts */
    private final Lock ipl;
    /** mtx_owner, or null; written by the holder only */
    private volatile Actor holder;

    RealMutex(String name, Lock ipl) {
        this.name = name;
        this.ipl = ipl;
    }

    @Override
    public void enter(Actor self) {
        if (holder == self) {
            // only self sets holder to self: this read is exact
            throw Panic.lockingAgainstMyself(name, self);
        }
        if (self.isInterrupt()) {
            if (!lock.tryLock()) {
                throw Panic.interruptWouldBlock(name, holder);
            }
        } else {
            try {
                ipl.lockInterruptibly();
            } catch (InterruptedException e) {
                throw new Stopped();
            }
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                ipl.unlock();
                throw new Stopped();
            }
        }
        holder = self;
    }

    @Override
    public void leave(Actor self) {
        if (holder != self) {
            throw Panic.notHeld(name, self, holder);
        }
        holder = null;
        lock.unlock();
        if (!self.isInterrupt()) {
            ipl.unlock();
        }
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
