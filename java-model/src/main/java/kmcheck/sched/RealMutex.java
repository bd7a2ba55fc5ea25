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
final class RealMutex extends OwnedMutex {
    /** the lock proper; its reentrancy is never used */
    private final ReentrantLock lock = new ReentrantLock();
    /** the IPL read lock: held with the mutex by process contexts */
    private final Lock ipl;

    RealMutex(String name, Lock ipl) {
        super(name);
        this.ipl = ipl;
    }

    @Override
    void acquire(Actor self) {
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
    }

    @Override
    void release(Actor self) {
        lock.unlock();
        if (!self.isInterrupt()) {
            ipl.unlock();
        }
    }
}
