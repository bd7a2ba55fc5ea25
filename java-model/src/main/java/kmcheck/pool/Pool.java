package kmcheck.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import kmcheck.trace.SpecAction;
import kmcheck.km.Caller;
import kmcheck.km.KmReserve;
import kmcheck.km.KmThread;
import kmcheck.km.Page;
import kmcheck.km.Pc;
import kmcheck.km.PhysPages;
import kmcheck.config.Constants;
import kmcheck.config.Revision;
import kmcheck.config.Stats;
import kmcheck.sched.Actor;
import kmcheck.sched.Mutex;
import kmcheck.sched.Scheduler;
import kmcheck.trace.StepLog;

/**
 * One pool of subr_pool.c on the km reserve: items on pages, idle pages beyond pr_maxpages
 * given back with uvm_km_putpage, and the slowdown back channel: a process told to slow down
 * publishes its page to the pool, then yields so the woken km thread can refill first.
 *
 * <p>Thread contract: {@link #get} and {@link #put} from process context (they may sleep and
 * yield); {@link #getNowait} from interrupt context, one atomic step that never blocks.
 * Steps are atomic under pr_mtx, and under uvm_km_mtx too where the spec changes pool and
 * reserve in one step (the mutex order is pr_mtx, then uvm_km_mtx, then the step lock).
 * The history counters are the spec's intrAllocs, intrFails, badIntrFail and hoardFail.
 *
 * <p>Progress: lock-based.  pool_get returns once it finds an item or publishes a page; it may
 * sleep for good when memory is exhausted (as the kernel does).  getNowait is wait-free once
 * delivered.
 */
public final class Pool {
    /** the code that runs */
    private final Revision rev;
    /** items, maxIdle, maxUse, maxIntr, batch */
    private final Constants k;
    /** points, sleeps, yields */
    private final Scheduler sched;
    /** linearization points */
    private final StepLog steps;
    /** the back-end allocator: pool_allocator_nointr's uvm_km_getpage */
    private final KmReserve km;
    /** the refill thread a yielder waits for */
    private final KmThread thread;
    /** UVM's free pages, read for badIntrFail */
    private final PhysPages phys;
    /** slowdowns, yields, interrupt failures */
    private final Stats stats;
    /**
     * some process off the CPU holds a private page: read for hoardFail; null where the history
     * variables are not kept (a kernel-level trace has no use for them)
     */
    private final BooleanSupplier hoarding;
    /** pr_mtx */
    private final Mutex mtx;
    /**
     * the pool's pages, oldest first (pr_emptypages, pr_partpages, pr_fullpages as one list);
     * changed with mtx held; copy-on-write so that {@link #putEnabled} can read it without mtx
     */
    private final List<PoolPage> pages = new CopyOnWriteArrayList<>();
    /** PR_WANTED: someone sleeps on the pool; guarded by mtx */
    private boolean wanted;
    /** pr_nout: items handed out; written in steps */
    private volatile int inUse;
    /** intrAllocs; written in interrupt steps */
    private volatile int intrAllocs;
    /** intrFails */
    private volatile int intrFails;
    /** badIntrFail */
    private volatile boolean badIntrFail;
    /** hoardFail */
    private volatile boolean hoardFail;

    public Pool(Constants k, Scheduler sched, StepLog steps, KmReserve km, KmThread thread,
                PhysPages phys, Stats stats, BooleanSupplier hoarding) {
        this.rev = k.revision();
        this.k = k;
        this.sched = sched;
        this.steps = steps;
        this.km = km;
        this.thread = thread;
        this.phys = phys;
        this.stats = stats;
        this.hoarding = hoarding;
        this.mtx = sched.newMutex("pr_mtx");
    }

    /**
     * subr_pool.c: pool_get(pp, PR_WAITOK).  Sleeps in getpage when the reserve is empty,
     * yields on slowdown; returns an item, or null when MAXUSE items are in use (the workload
     * bound: no pool_get starts).  The caller's last scheduling point precedes PStart.
     */
    public Item get(Caller c) {
        Actor self = c.actor();
        steps.begin();
        try {
            if (inUse >= k.maxUse()) {
                return null;
            }
            c.pc(Pc.GET);
            steps.commit(self.name(), SpecAction.PStart);
        } finally {
            steps.end();
        }
        for (;;) {
            Item it = takeItem(c);
            if (it != null) {
                return it;
            }
            // pool_allocator_alloc: PR_WAITOK drops pr_mtx around the back end
            if (km.getPage(c) == null) {
                sleepWanted(c);
                continue;
            }
            if (c.pc() == Pc.YIELD_HOLDING) {
                // subr_pool 1.160: pool_p_alloc yields before the page is in the pool
                yieldToThread(c, Pc.INSERT);
            }
            insert(c);
            if (c.pc() == Pc.YIELD) {
                yieldToThread(c, Pc.GET);
            }
        }
    }

    /** pool_do_get: an item off a page with free items (PTakeItem), or none (PNeedPage). */
    private Item takeItem(Caller c) {
        Actor self = c.actor();
        sched.point(self);
        mtx.enter(self);
        steps.begin();
        try {
            PoolPage pp = curpage();
            if (pp != null) {
                Item it = pp.take();
                inUse++;
                c.pc(Pc.IDLE);
                steps.commit(self.name(), SpecAction.PTakeItem);
                return it;
            }
            // from 1.77 getpage allocates the physical page first (uvm_pglistalloc)
            c.pc(k.revision().kva() ? Pc.PLA : Pc.KM);
            steps.commit(self.name(), SpecAction.PNeedPage);
            return null;
        } finally {
            steps.end();
            mtx.leave(self);
        }
    }

    /** 1.38: the allocator returned NULL: PR_WANTED, pool_sleep until a put or the timeout (PPoolWake). */
    private void sleepWanted(Caller c) {
        Actor self = c.actor();
        mtx.enter(self);
        try {
            wanted = true;
            sched.sleepSetup(self, this, "poolsleep");
        } finally {
            mtx.leave(self);
        }
        sched.sleepFinish(self, true);
        steps.begin();
        try {
            c.pc(Pc.GET);
            steps.commit(self.name(), SpecAction.PPoolWake);
        } finally {
            steps.end();
        }
    }

    /** pool_prime_page (1.64) / pool_p_insert (1.166): publish the held page (PInsert). */
    private void insert(Caller c) {
        Actor self = c.actor();
        sched.point(self);
        mtx.enter(self);
        steps.begin();
        try {
            pages.add(new PoolPage(c.release(), k.items()));
            if (c.slow() && rev.yield() == Revision.Yield.AFTER_INSERT) {
                c.pc(Pc.YIELD);
            } else {
                c.pc(Pc.GET);
                c.slow(false);
            }
            steps.commit(self.name(), SpecAction.PInsert);
        } finally {
            steps.end();
            mtx.leave(self);
        }
    }

    /** kern/sched_bsd.c: yield; resume once the km thread is blocked (PYieldDone), at next. */
    private void yieldToThread(Caller c, Pc next) {
        Actor self = c.actor();
        stats.yields.increment();
        for (;;) {
            sched.yield(self, "pool_do_get", thread::blocked);
            steps.begin();
            try {
                // real threads: the thread may have woken since; yield again
                if (thread.blocked()) {
                    c.slow(false);
                    c.pc(next);
                    steps.commit(self.name(), SpecAction.PYieldDone);
                    return;
                }
            } finally {
                steps.end();
            }
        }
    }

    /**
     * subr_pool.c: pool_put / pool_do_put (PFree): the item goes back; a page left idle beyond
     * pr_maxpages goes through pr_rmpage to uvm_km_putpage, with pr_mtx held.  1.77 then
     * unmaps it in this context (PUnmap).
     *
     * @return false, with nothing done, when the page would go back while someone holds the km
     *     mutex across steps (the spec's PFree of the page needs KmMutexFree; one that keeps
     *     the page does not): real threads only, after {@link #putEnabled} said yes; try again later
     */
    public boolean put(Caller c, Item it) {
        Actor self = c.actor();
        mtx.enter(self);
        try {
            PoolPage pp = it.page();
            boolean release = releases(pp);
            if (release && km.kmLockHeld()) {
                return false;
            }
            Mutex kmMtx = km.mutex();
            if (release) {
                kmMtx.enter(self);
            }
            boolean unmap = false;
            steps.begin();
            try {
                pp.put();
                inUse--;
                if (wanted) {
                    wanted = false;
                    sched.wakeup(this);
                }
                if (release) {
                    pages.remove(pp);
                    unmap = km.putPageLocked(c, pp.page());
                }
                steps.commit(self.name(), SpecAction.PFree);
            } finally {
                steps.end();
                if (release && !unmap) {
                    kmMtx.leave(self);
                }
            }
            if (unmap) {
                km.unmap(c);
            }
            return true;
        } finally {
            mtx.leave(self);
        }
    }

    /**
     * subr_pool.c: pool_get(pp, PR_NOWAIT) from an interrupt (IAlloc): one atomic step that
     * never blocks, ignores slowdown and may fail.
     *
     * @return the item, or null when the allocation failed or MAXINTR allocations were made
     */
    public Item getNowait(Actor intr) {
        mtx.enter(intr);
        try {
            PoolPage pp = curpage();
            Mutex kmMtx = km.mutex();
            if (pp == null) {
                kmMtx.enter(intr);
            }
            steps.begin();
            try {
                if (intrAllocs >= k.maxIntr()) {
                    return null;
                }
                intrAllocs++;
                Item it = null;
                if (pp != null) {
                    it = pp.take();
                } else {
                    // pool_page_alloc -> uvm_km_getpage(FALSE, &slowdown); from 1.77 its
                    // uvm_pglistalloc fails first when no physical page is free
                    boolean noMemory = k.revision().kva() && phys.freeCount() == 0;
                    Page pg = km.takeNowait();
                    if (pg != null) {
                        PoolPage np = new PoolPage(pg, k.items());
                        pages.add(np);
                        it = np.take();
                    } else {
                        intrFails++;
                        stats.intrFails.increment();
                        if (hoarding != null) {
                            // the spec's RoundPossible: a round could have refilled the reserve
                            badIntrFail |= !noMemory && (k.revision().kva() || phys.freeCount() >= k.batch());
                            hoardFail |= hoarding.getAsBoolean();
                        }
                    }
                }
                if (it != null) {
                    inUse++;
                }
                steps.commit(intr.name(), SpecAction.IAlloc);
                return it;
            } finally {
                steps.end();
                if (pp == null) {
                    kmMtx.leave(intr);
                }
            }
        } finally {
            mtx.leave(intr);
        }
    }

    /** pr_curpage: the oldest page with a free item, or null; call with mtx held. */
    private PoolPage curpage() {
        for (PoolPage pp : pages) {
            if (pp.nfree() > 0) {
                return pp;
            }
        }
        return null;
    }

    /**
     * PFree's guard for this item: a put that sends its page back to the km layer needs the km
     * mutex not held across steps (the spec's KmMutexFree); any other put may go. Reads the pages
     * without pr_mtx: exact in a controlled run, where no other actor moves; with real threads a
     * hint (a page's count may be stale) that {@link #put} checks again under pr_mtx.
     */
    public boolean putEnabled(Item it) {
        return !km.kmLockHeld() || !releases(it.page());
    }

    /** Whether putting an item of pp back leaves it idle beyond pr_maxpages: pr_rmpage. */
    private boolean releases(PoolPage pp) {
        return pp.nfree() + 1 == k.items() && idlePages() + 1 > k.maxIdle();
    }

    /** Pages with no item out; call with mtx held. */
    private int idlePages() {
        int n = 0;
        for (PoolPage pp : pages) {
            if (pp.idle()) {
                n++;
            }
        }
        return n;
    }

    /** The spec's poolPages: element k is the number of pages with exactly k free items. */
    public List<Integer> pagesByFreeItems() {
        Integer[] byFree = new Integer[k.items() + 1];
        Arrays.fill(byFree, 0);
        for (PoolPage pp : pages) {
            byFree[pp.nfree()]++;
        }
        return List.of(byFree);
    }

    /** The pool's pages, for audits when no step runs. */
    public List<PoolPage> pages() {
        return new ArrayList<>(pages);
    }

    public int inUse() {
        return inUse;
    }

    public int intrAllocs() {
        return intrAllocs;
    }

    public int intrFails() {
        return intrFails;
    }

    public boolean badIntrFail() {
        return badIntrFail;
    }

    public boolean hoardFail() {
        return hoardFail;
    }
}
