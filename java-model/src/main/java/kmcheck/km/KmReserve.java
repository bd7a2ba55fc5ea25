package kmcheck.km;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import kmcheck.trace.SpecAction;
import kmcheck.config.Constants;
import kmcheck.config.Revision;
import kmcheck.sched.Actor;
import kmcheck.sched.Mutex;
import kmcheck.sched.Scheduler;
import kmcheck.trace.StepLog;

/**
 * The km page reserve of uvm_km.c: a LIFO of free pages under uvm_km_mtx, handed out by
 * getpage and refilled by the {@link KmThread}, every revision driven by the {@link Revision}
 * flags.  getpage tells its caller to slow down when it leaves the reserve below lowat.
 *
 * <p>Thread contract: {@link #getPage} and {@link #unmap} from process context (they may
 * sleep); the methods named "Locked" or "Nowait" only with {@link #mutex()} held, inside a step
 * the caller began (the pool, whose steps change pool and reserve at once); they never block
 * and the Nowait ones are callable from interrupt context.  Steps are atomic under the mutex;
 * a getpage sleeper makes progress once the thread publishes a round.
 */
public final class KmReserve {
    /** the code that runs */
    private final Revision rev;
    /** lowat, hiwat, batch */
    private final Constants k;
    /** sleeps, wakeups, points */
    private final Scheduler sched;
    /** linearization points */
    private final StepLog steps;
    /** where 1.77's putpage unmaps to */
    private final PhysPages phys;
    /** uvm_km_mtx / uvm_km_pages.mtx: non-recursive, IPL_VM */
    private final Mutex mtx;
    /** uvm_km_pages_head / uvm_km_pages.page[]: the free pages; guarded by mtx */
    private final ArrayDeque<Page> pages = new ArrayDeque<>();
    /** uvm_km_pages.freelist (1.84): pages put back, not yet drained; guarded by mtx */
    private final ArrayDeque<Page> freeList = new ArrayDeque<>();
    /** uvm_km_pages_free: pages.size(), for the unlocked reads of 1.66/1.68 */
    private volatile int free;
    /** who holds mtx across steps (1.77/1.79's inline unmap, 1.77's thread round), or null: the spec's kmLock */
    private volatile Actor kmLockHolder;
    /** &uvm_km_pages_free: getpage's sleepers */
    final Object freeChan = new Channel("uvm_km_pages_free");
    /** &uvm_km_pages_head (1.38-1.76), &km_proc (1.77 on): the thread's channel */
    final Object threadChan = new Channel("uvm_km_pages_head");

    public KmReserve(Constants k, Scheduler sched, StepLog steps, PhysPages phys, List<Page> initial) {
        this.rev = k.revision();
        this.k = k;
        this.sched = sched;
        this.steps = steps;
        this.phys = phys;
        this.mtx = sched.newMutex("uvm_km_mtx");
        for (Page pg : initial) {
            pages.push(pg);
        }
        this.free = pages.size();
    }

    /** A wait channel with a name for thread dumps. */
    private record Channel(String name) {
    }

    /** What one pass of getpage's loop came to. */
    private enum Got { PAGE, POST, SLEEPING, SLEEPING_HOLDING, NONE }

    /**
     * uvm_km.c: uvm_km_getpage(TRUE, &slowdown) for a process: take a page, sleeping on
     * "getpage" while the reserve is empty.  The page is left in c.held and c.pc says where the
     * caller goes next; c.slow is the slowdown out-parameter.
     *
     * @return the page, or null in 1.38 (which never sleeps here; c.pc is then "poolsleep")
     */
    public Page getPage(Caller c) {
        Actor self = c.actor();
        for (;;) {
            sched.point(self);
            mtx.enter(self);
            Got got;
            steps.begin();
            try {
                got = takeOrSleep(c);
            } finally {
                steps.end();
                mtx.leave(self);
            }
            switch (got) {
                case PAGE:
                    return c.held();
                case POST:
                    if (postUnlocked(c) == Got.SLEEPING_HOLDING) {
                        sched.sleepFinish(self, false);
                    }
                    return c.held();
                case SLEEPING_HOLDING:
                    // 1.67: woken by the next round, it goes on with the page it held all along
                    sched.sleepFinish(self, false);
                    return c.held();
                case SLEEPING:
                    sched.sleepFinish(self, false);
                    break;
                default:
                    return null;
            }
        }
    }

    /** One pass of getpage under the mutex: PKmTake, PKmSleep or PKmFail.  Call in a step. */
    private Got takeOrSleep(Caller c) {
        Actor self = c.actor();
        if (pages.isEmpty()) {
            if (rev.waitok()) {
                // msleep(&uvm_km_pages_free, &uvm_km_mtx, PVM, "getpage"); the take that
                // went below lowat already woke the thread.
                c.pc(Pc.KMSLEEP);
                sched.sleepSetup(self, freeChan, "getpage");
                steps.commit(self.name(), SpecAction.PKmSleep);
                return Got.SLEEPING;
            }
            // 1.38: getpage(void) never sleeps; pool_do_get will sleep on the pool instead.
            if (rev.wakeOnFail()) {
                wakeThread();
            }
            c.pc(Pc.POOLSLEEP);
            steps.commit(self.name(), SpecAction.PKmFail);
            return Got.NONE;
        }
        c.hold(take());
        if (rev.postUnlocked()) {
            // 1.38/1.66/1.68: the lowat check comes after mtx_leave (splx)
            c.pc(Pc.POST);
            steps.commit(self.name(), SpecAction.PKmTake);
            return Got.POST;
        }
        Got got = lowCheck(c, free < k.lowat());
        steps.commit(self.name(), SpecAction.PKmTake);
        return got;
    }

    /** uvm_km.c 1.38/1.66/1.68: after mtx_leave, an unlocked read of the reserve level: PKmPost. */
    private Got postUnlocked(Caller c) {
        Actor self = c.actor();
        sched.point(self);
        steps.begin();
        try {
            Got got = lowCheck(c, free < k.lowat());
            steps.commit(self.name(), SpecAction.PKmPost);
            return got;
        } finally {
            steps.end();
        }
    }

    /**
     * The spec's LowCheck, with the page taken: below lowat, wake the thread and pass slowdown
     * on; 1.67 then sleeps "getpg2" with the page in hand (its sleep is set up here, finished by
     * the caller); subr_pool 1.160 yields before the insert.  Call inside the step.
     */
    private Got lowCheck(Caller c, boolean low) {
        if (low) {
            wakeThread();
        }
        boolean slowdown = rev.slowdown() && low;
        c.slow(slowdown);
        if (rev.sleepHolding() && low) {
            c.pc(Pc.KMSLEEP2);
            sched.sleepSetup(c.actor(), freeChan, "getpg2");
            return Got.SLEEPING_HOLDING;
        }
        // subr_pool 1.160: pool_p_alloc yields as soon as the allocator returns
        c.pc(slowdown && rev.yield() == Revision.Yield.BEFORE_INSERT ? Pc.YIELD_HOLDING : Pc.INSERT);
        return Got.PAGE;
    }

    /**
     * uvm_km_getpage(FALSE, ...) for an interrupt: a page or null, never sleeping.
     * Call with the mutex held, inside the caller's step.
     */
    public Page takeNowait() {
        if (pages.isEmpty()) {
            if (rev.wakeOnFail()) {
                // 1.38-1.76 reach the wakeup even with no page to give
                wakeThread();
            }
            return null;
        }
        Page pg = take();
        if (free < k.lowat()) {
            wakeThread();
        }
        return pg;
    }

    /**
     * uvm_km_putpage.  Call with the mutex held, inside the caller's step.
     *
     * @return true when the mutex stays held for 1.77's inline unmap; call {@link #unmap} next
     */
    public boolean putPageLocked(Caller c, Page pg) {
        switch (rev.putPage()) {
            case PUSH:
                // 1.38-1.76: back on the reserve; nobody is woken (a bounded push frees beyond hiwat)
                if (rev.bounded() && free >= k.hiwat()) {
                    phys.free(pg);
                } else {
                    keep(pg);
                }
                return false;
            case FREELIST:
                // 1.84: if (freelistlen++ > 16) wakeup(&km_proc)
                if (freeList.size() > k.batch()) {
                    wakeThread();
                }
                freeList.push(pg);
                return false;
            default:
                if (!rev.bounded() || free < k.hiwat()) {
                    keep(pg);
                    return false;
                }
                // 1.77: at hiwat the caller unmaps the page itself, uvm_km_mtx still held
                kmLockHolder = c.actor();
                c.hold(pg);
                c.pc(Pc.UNMAP);
                return true;
        }
    }

    /**
     * uvm_km.c 1.77: uvm_km_putpage's uvm_km_free_wakeup with the mutex held (PUnmap).
     * Freeing the map entry may empty a page of the map entry pool, whose pool_put calls
     * uvm_km_putpage again: mtx_enter on the mutex this context holds, which panics.
     * Call right after {@link #putPageLocked} returned true, in process context.
     */
    public void unmap(Caller c) {
        Actor self = c.actor();
        sched.point(self);
        boolean nested = sched.choose(self, List.of("uvm_km_free", "uvm_mapent_free->pool_put")) == 1;
        steps.begin();
        try {
            if (nested) {
                c.pc(Pc.KM_ENTER);
            } else {
                phys.free(c.release());
                kmLockHolder = null;
                c.pc(Pc.IDLE);
            }
            steps.commit(self.name(), SpecAction.PUnmap);
        } finally {
            steps.end();
        }
        if (!nested) {
            mtx.leave(self);
            return;
        }
        // uvm_unmap -> uvm_mapent_free -> pool_put(&uvm_map_entry_pool) -> uvm_km_putpage
        mtx.enter(self);
    }

    /** Pop a page; call with mtx held. */
    private Page take() {
        Page pg = pages.pop();
        free = pages.size();
        return pg;
    }

    /** Push a page onto the reserve; call with mtx held. */
    void keep(Page pg) {
        pages.push(pg);
        free = pages.size();
    }

    /** Take a page off the 1.84 freelist, or null; call with mtx held. */
    Page popFreelist() {
        return freeList.poll();
    }

    /** wakeup(&uvm_km_pages_head): a wakeup that finds the thread awake is lost. */
    void wakeThread() {
        sched.wakeup(threadChan);
    }

    /** uvm_km_mtx. */
    public Mutex mutex() {
        return mtx;
    }

    /** uvm_km_pages_free; an unlocked read. */
    public int free() {
        return free;
    }

    /** Pages on the 1.84 freelist; read with mtx held or under the step lock. */
    public int freeListLength() {
        return freeList.size();
    }

    /** Someone holds the mutex across steps (1.77/1.79's inline unmap, 1.77's round): the spec's kmLock # "none". */
    public boolean kmLockHeld() {
        return kmLockHolder != null;
    }

    /** a holds the mutex across steps: the spec's kmLock = a.  Call inside a's step, mutex held. */
    boolean kmLockHeldBy(Actor a) {
        return kmLockHolder == a;
    }

    /** 1.77's thread keeps the mutex for its round: kmLock' = ThreadActor.  Call inside its step. */
    void keepLockedAcrossSteps(Actor a) {
        kmLockHolder = a;
    }

    /** The spec's kmLock: the name of who holds the mutex across steps, or "none". */
    public String kmLock() {
        Actor a = kmLockHolder;
        return a == null ? "none" : a.name();
    }

    /** The reserve's pages, for audits when no step runs. */
    public List<Page> pages() {
        return new ArrayList<>(pages);
    }

    /** The freelist's pages, for audits when no step runs. */
    public List<Page> freeListPages() {
        return new ArrayList<>(freeList);
    }
}
