package kmcheck.km;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import kmcheck.sched.Actor;
import kmcheck.sched.Scheduler;

/**
 * UVM's free physical pages, as far as the km thread sees them: finite, may run out, and
 * recover when pages are freed.  The thread waits in uvm_wait ("km_alloc1w") for a free page.
 *
 * <p>Thread-safe: a private lock (uvm_lock_fpageq) that is never held across a scheduling
 * point, so it is safe under either scheduler.  tryAlloc and free never block and are callable
 * from interrupt context; awaitFree sleeps.
 */
public final class PhysPages {
    /** sleeps and wakeups */
    private final Scheduler sched;
    /** guards free */
    private final ReentrantLock lock = new ReentrantLock();
    /** the free pages */
    private final ArrayDeque<Page> free;
    /** the number of free pages, for unlocked reads */
    private volatile int nfree;

    public PhysPages(Scheduler sched, Collection<Page> pages) {
        this.sched = sched;
        this.free = new ArrayDeque<>(pages);
        this.nfree = free.size();
    }

    /** uvm_pagealloc: a free page, or null when there is none. */
    public Page tryAlloc() {
        lock.lock();
        try {
            Page pg = free.poll();
            nfree = free.size();
            return pg;
        } finally {
            lock.unlock();
        }
    }

    /** uvm_pagefree: the page is free again; wake uvm_wait. */
    public void free(Page pg) {
        lock.lock();
        try {
            free.push(pg);
            nfree = free.size();
            sched.wakeup(this);
        } finally {
            lock.unlock();
        }
    }

    /** uvm_wait("km_alloc1w"): sleep until some page is free.  Process context only. */
    public void awaitFree(Actor self) {
        for (;;) {
            lock.lock();
            try {
                if (!free.isEmpty()) {
                    return;
                }
                sched.sleepSetup(self, this, "km_alloc1w");
            } finally {
                lock.unlock();
            }
            sched.sleepFinish(self, false);
        }
    }

    /** Free pages now. */
    public int freeCount() {
        return nfree;
    }

    /** The free pages, for audits. */
    public List<Page> pages() {
        lock.lock();
        try {
            return new ArrayList<>(free);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "uvm_wait";
    }
}
