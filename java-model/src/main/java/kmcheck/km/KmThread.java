package kmcheck.km;

import java.util.ArrayList;
import java.util.List;
import kmcheck.trace.SpecAction;
import kmcheck.config.Constants;
import kmcheck.config.Revision;
import kmcheck.config.Stats;
import kmcheck.sched.Actor;
import kmcheck.sched.Context;
import kmcheck.sched.Mutex;
import kmcheck.sched.Scheduler;
import kmcheck.trace.StepLog;

/**
 * uvm_km.c: uvm_km_thread, the refill thread.  It sleeps on "kmalloc" while the reserve is at
 * or above lowat; woken, it allocates a round of BATCH pages one at a time onto a private list,
 * waiting in uvm_wait when memory runs out (from 1.77, kva: BATCH addresses, which need no
 * memory), splices the round onto the reserve and wakes getpage's sleepers; 1.84 then drains
 * the freelist.
 *
 * <p>Thread contract: runs as its own actor "km" in process context, started with the
 * allocator and stopped with the run.  {@link #blocked()} is a racy read callable from anywhere.
 * Progress: every wakeup below lowat leads to a published round unless memory stays exhausted.
 */
public final class KmThread {
    /** The thread's place in its loop: the spec's tpc. */
    public enum Tpc {
        TOP("top"), ALLOC("alloc"), DRAIN("drain");

        /** the spec's string */
        private final String tla;

        Tpc(String tla) {
            this.tla = tla;
        }

        public String tla() {
            return tla;
        }
    }

    /** the code that runs */
    private final Revision rev;
    /** lowat, hiwat, batch */
    private final Constants k;
    /** points, sleeps, wakeups */
    private final Scheduler sched;
    /** linearization points */
    private final StepLog steps;
    /** the reserve it fills */
    private final KmReserve reserve;
    /** where its pages come from */
    private final PhysPages phys;
    /** refill rounds */
    private final Stats stats;
    /** uvm_km_proc; null until started */
    private volatile Actor actor;
    /** tpc; written inside the thread's steps */
    private volatile Tpc tpc = Tpc.TOP;
    /** tMemWait: waiting in uvm_wait, from the failed allocation to its TMemReturn */
    private volatile boolean memWait;
    /** the round's pages on the private list (1.38-1.76); touched inside the thread's steps */
    private final List<Page> batch = new ArrayList<>();
    /** the round's addresses (1.77 on, kva); touched inside the thread's steps */
    private int batchAddresses;

    public KmThread(Constants k, Scheduler sched, StepLog steps, KmReserve reserve, PhysPages phys,
                    Stats stats) {
        this.rev = k.revision();
        this.k = k;
        this.sched = sched;
        this.steps = steps;
        this.reserve = reserve;
        this.phys = phys;
        this.stats = stats;
    }

    /** kthread_create: start the thread as actor "km". */
    public void start() {
        sched.start(SpecAction.THREAD_ACTOR, Context.PROCESS, a -> {
            actor = a;
            run();
        });
    }

    /** The spec's ThreadBlocked: asleep on "kmalloc" or waiting for memory. */
    public boolean blocked() {
        Actor a = actor;
        return a != null && sched.wchan(a) == reserve.threadChan || memWait;
    }

    /** tAsleep. */
    public boolean asleep() {
        Actor a = actor;
        return a != null && sched.wchan(a) == reserve.threadChan;
    }

    public Tpc tpc() {
        return tpc;
    }

    public boolean memWait() {
        return memWait;
    }

    /** Tokens of the round so far (batch); read under the step lock or when no step runs. */
    public int batchSize() {
        return rev.kva() ? batchAddresses : batch.size();
    }

    /** The private list's pages, for audits when no step runs. */
    public List<Page> batchPages() {
        return new ArrayList<>(batch);
    }

    private void run() {
        for (;;) {
            switch (tpc) {
                case TOP:
                    top();
                    break;
                case ALLOC:
                    if (batchSize() < k.batch()) {
                        allocOne();
                    } else {
                        publish();
                    }
                    break;
                default:
                    drainOne();
                    break;
            }
        }
    }

    /** TTop: sleep on "kmalloc" while there is nothing to do. */
    private void top() {
        sched.point(actor);
        Mutex m = reserve.mutex();
        m.enter(actor);
        boolean sleep;
        boolean keep = false;
        steps.begin();
        try {
            int free = reserve.free();
            if (rev.recheck()) {
                // 1.38's while loop; 1.84 checks under the mutex, so no wakeup is lost
                sleep = free >= k.lowat() && reserve.freeListLength() == 0;
                if (!sleep) {
                    tpc = free < k.lowat() ? Tpc.ALLOC : Tpc.DRAIN;
                }
            } else {
                // 1.66-1.77 do not look again after the wakeup: a round follows every sleep
                sleep = free >= k.lowat();
                tpc = Tpc.ALLOC;
            }
            if (sleep) {
                sched.sleepSetup(actor, reserve.threadChan, "kmalloc");
            }
            // 1.77: no mtx_leave before the round's uvm_km_kmemalloc calls
            keep = rev.roundLocked() && tpc == Tpc.ALLOC && !sleep;
            if (keep) {
                reserve.keepLockedAcrossSteps(actor);
            }
            steps.commit(SpecAction.THREAD_ACTOR, SpecAction.TTop);
        } finally {
            steps.end();
            if (!keep) {
                m.leave(actor);
            }
        }
        if (sleep) {
            sched.sleepFinish(actor, false);
        }
    }

    /**
     * TAllocOne: uvm_km_alloc one page of the round; no memory: uvm_wait, then TMemReturn.
     * 1.77 on (kva): uvm_km_kmemalloc(..., UVM_KMF_VALLOC) an address, which never waits.
     * 1.77 runs the round holding the mutex; after a sleep msleep gives it back here.
     */
    private void allocOne() {
        sched.point(actor);
        boolean reacquire = rev.roundLocked() && !reserve.kmLockHeldBy(actor);
        if (reacquire) {
            reserve.mutex().enter(actor);
        }
        steps.begin();
        try {
            if (reacquire) {
                reserve.keepLockedAcrossSteps(actor);
            }
            if (rev.kva()) {
                batchAddresses++;
            } else {
                Page pg = phys.tryAlloc();
                if (pg != null) {
                    batch.add(pg);
                } else {
                    memWait = true;
                }
            }
            steps.commit(SpecAction.THREAD_ACTOR, SpecAction.TAllocOne);
        } finally {
            steps.end();
        }
        if (!memWait) {
            return;
        }
        phys.awaitFree(actor);
        sched.point(actor);
        steps.begin();
        try {
            memWait = false;
            steps.commit(SpecAction.THREAD_ACTOR, SpecAction.TMemReturn);
        } finally {
            steps.end();
        }
    }

    /**
     * TPublish: splice the round onto the reserve (1.77 on: up to hiwat) and wake the sleepers.
     * 1.77's thread still holds the mutex here: its mtx_enter panics, locking against itself.
     */
    private void publish() {
        lockedStep(() -> {
            int free = reserve.free();
            int n = batchSize();
            int kept = rev.bounded() && free + n > k.hiwat() ? k.hiwat() - free : n;
            for (int i = 0; i < n; i++) {
                if (i < kept) {
                    reserve.keepRound(rev.kva() ? null : batch.get(i));
                } else if (!rev.kva()) {
                    // the rest of the round is unmapped (kva: its addresses go back to kernel_map)
                    phys.free(batch.get(i));
                }
            }
            batch.clear();
            batchAddresses = 0;
            tpc = rev.putPage() == Revision.PutPage.FREELIST ? Tpc.DRAIN : Tpc.TOP;
            stats.refillRounds.increment();
            if (reserve.free() > 0) {
                sched.wakeup(reserve.freeChan);
            }
            steps.commit(SpecAction.THREAD_ACTOR, SpecAction.TPublish);
        });
    }

    /** 1.84: uvm_km_doputpage one freed page (TDrainOne), or back to the top (TDrainDone). */
    private void drainOne() {
        lockedStep(() -> {
            Page pg = reserve.popFreelist();
            if (pg == null) {
                tpc = Tpc.TOP;
                steps.commit(SpecAction.THREAD_ACTOR, SpecAction.TDrainDone);
            } else {
                reserve.giveBack(pg, reserve.takesBack());
                steps.commit(SpecAction.THREAD_ACTOR, SpecAction.TDrainOne);
            }
        });
    }

    /** One step of the thread under the km mutex: a scheduling point, mtx_enter, body, mtx_leave. */
    private void lockedStep(Runnable body) {
        sched.point(actor);
        Mutex m = reserve.mutex();
        m.enter(actor);
        steps.begin();
        try {
            body.run();
        } finally {
            steps.end();
            m.leave(actor);
        }
    }
}
