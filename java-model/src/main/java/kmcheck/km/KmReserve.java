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
 * The km page reserve of uvm_km.c: a LIFO of free pages under uvm_km_mtx (from 1.77, kva: of
 * kernel virtual addresses, getpage allocating the physical page itself), handed out by
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
    /** uvm_km_pages_head (1.38-1.76): the free pages; guarded by mtx */
    private final ArrayDeque<Page> pages = new ArrayDeque<>();
    /**
     * uvm_km_pages.page[] (1.77 on, kva): the free addresses, counted (which address is
     * which does not matter to the protocol, and the models do not exhaust kernel virtual
     * space); guarded by mtx
     */
    private int addresses;
    /** uvm_km_pages.freelist (1.84): pages put back, not yet drained; guarded by mtx */
    private final ArrayDeque<Page> freeList = new ArrayDeque<>();
    /** uvm_km_pages_free: pages.size() or addresses, for the unlocked reads of 1.66/1.68 */
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
        this.addresses = rev.kva() ? k.initFree() : 0;
        if (rev.kva() != initial.isEmpty()) {
            throw new IllegalArgumentException("KmReserve: " + rev + " boots with " + initial.size()
                    + " pages (kva " + rev.kva() + ": addresses only, else INITFREE pages)");
        }
        this.free = tokens();
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
        if (rev.kva()) {
            allocatePhys(c);
        }
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

    /**
     * uvm_km.c 1.77 on: uvm_km_getpage_pla's uvm_pglistalloc(UVM_PLA_WAITOK) before the
     * reserve is looked at (PPla); with no free page it waits for one, taking no step.
     */
    private void allocatePhys(Caller c) {
        Actor self = c.actor();
        for (;;) {
            sched.point(self, () -> phys.freeCount() > 0);
            steps.begin();
            try {
                Page pg = phys.tryAlloc();
                if (pg != null) {
                    c.allocate(pg);
                    c.pc(Pc.KM);
                    steps.commit(self.name(), SpecAction.PPla);
                    return;
                }
            } finally {
                steps.end();
            }
        }
    }

    /** One pass of getpage under the mutex: PKmTake, PKmSleep or PKmFail.  Call in a step. */
    private Got takeOrSleep(Caller c) {
        Actor self = c.actor();
        if (tokens() == 0) {
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
            if (c.allocated() != null) {
                phys.free(c.unallocate());
            }
            c.pc(Pc.POOLSLEEP);
            steps.commit(self.name(), SpecAction.PKmFail);
            return Got.NONE;
        }
        c.hold(take(c.unallocate()));
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
     * uvm_km_getpage(FALSE, ...) for an interrupt: a page or null, never sleeping; from 1.77
     * (kva) uvm_km_getpage_pla, whose uvm_pglistalloc(UVM_PLA_NOWAIT) comes first: null too
     * when no physical page is free (the caller tells the two apart by {@code phys}).
     * Call with the mutex held, inside the caller's step.
     */
    public Page takeNowait() {
        Page mem = null;
        if (rev.kva()) {
            mem = phys.tryAlloc();
            if (mem == null) {
                return null;
            }
        }
        if (tokens() == 0) {
            if (mem != null) {
                phys.free(mem);
            }
            if (rev.wakeOnFail()) {
                // 1.38-1.76 reach the wakeup even with no page to give
                wakeThread();
            }
            return null;
        }
        Page pg = take(mem);
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
                giveBack(pg, takesBack());
                return false;
            case FREELIST:
                // 1.84: if (freelistlen++ > 16) wakeup(&km_proc)
                if (freeList.size() > k.batch()) {
                    wakeThread();
                }
                freeList.push(pg);
                return false;
            default:
                if (takesBack()) {
                    giveBack(pg, true);
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
        boolean nested = sched.choose(self, Choice.labels(List.of(Choice.UNMAP_FREES, Choice.UNMAP_NESTS))) == 1;
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

    /** Tokens in the reserve: pages, or (kva) addresses; call with mtx held. */
    private int tokens() {
        return rev.kva() ? addresses : pages.size();
    }

    /**
     * Take a token; call with mtx held.  kva: an address, at which mem (the caller's physical
     * page) is mapped and returned; else the page popped (mem is null).
     */
    private Page take(Page mem) {
        Page pg;
        if (rev.kva()) {
            addresses--;
            pg = mem;
        } else {
            pg = pages.pop();
        }
        free = tokens();
        return pg;
    }

    /** The spec's ReserveTakesBack: unbounded, or below hiwat.  Call with mtx held. */
    boolean takesBack() {
        return !rev.bounded() || free < k.hiwat();
    }

    /**
     * The spec's GiveBack: a page comes back to the km layer; its token into the reserve when
     * keep, else the page to UVM.  kva: the physical page goes to UVM either way (uvm_pagefree)
     * and only its address may be kept.  Call with mtx held.
     */
    void giveBack(Page pg, boolean keep) {
        if (keep && !rev.kva()) {
            pages.push(pg);
        } else {
            phys.free(pg);
        }
        if (keep && rev.kva()) {
            addresses++;
        }
        free = tokens();
    }

    /** A round's page spliced in (TPublish); kva: an address, pg is null.  Call with mtx held. */
    void keepRound(Page pg) {
        if (rev.kva()) {
            addresses++;
        } else {
            pages.push(pg);
        }
        free = tokens();
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
