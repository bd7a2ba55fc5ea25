package kmcheck.km;

import kmcheck.config.Stats;
import kmcheck.sched.Actor;
import kmcheck.sched.Scheduler;

/**
 * A process calling pool_get/pool_put, as the spec sees it: where it is (pc), the page it holds
 * privately (held: taken from the reserve, not yet in the pool, or being unmapped), from 1.77
 * the physical page getpage allocated before the take (the spec's PhysOwner) and the
 * slowdown flag getpage last gave it.  The kernel keeps these in pool_do_get's and getpage's
 * locals and the struct proc.
 *
 * <p>Written only by the process itself, inside a step; read by the state snapshot under the
 * step lock and by interrupts' hoarding check.  Never blocks.
 */
public final class Caller {
    /** "p1" */
    private final String name;
    /** counts private pages */
    private final Stats stats;
    /** the actor, once its body runs */
    private volatile Actor actor;
    /** pc[p] */
    private volatile Pc pc = Pc.IDLE;
    /** the page held privately, or null: held[p] = 1 iff non-null */
    private volatile Page held;
    /** 1.77 on: the physical page uvm_pglistalloc gave getpage, not yet mapped, or null */
    private volatile Page allocated;
    /** slow[p]: getpage's *slowdown out-parameter */
    private volatile boolean slow;

    public Caller(String name, Stats stats) {
        this.name = name;
        this.stats = stats;
    }

    /** Bind the actor running this process.  Call once, first thing in its body. */
    public void bind(Actor a) {
        this.actor = a;
    }

    public String name() {
        return name;
    }

    public Actor actor() {
        return actor;
    }

    public Pc pc() {
        return pc;
    }

    /** Move to p.  Call inside a step. */
    public void pc(Pc p) {
        this.pc = p;
    }

    public Page held() {
        return held;
    }

    /** Take pg privately.  Call inside a step. */
    public void hold(Page pg) {
        held = pg;
        stats.held(1);
    }

    /** Give up the private page and return it.  Call inside a step. */
    public Page release() {
        Page pg = held;
        held = null;
        stats.held(-1);
        return pg;
    }

    public Page allocated() {
        return allocated;
    }

    /** 1.77 on: getpage's uvm_pglistalloc gave pg.  Call inside a step. */
    public void allocate(Page pg) {
        allocated = pg;
    }

    /** The allocated physical page, given up (mapped at the reserve's address, or freed).  Call inside a step. */
    public Page unallocate() {
        Page pg = allocated;
        allocated = null;
        return pg;
    }

    public boolean slow() {
        return slow;
    }

    /** Set the slowdown flag.  Call inside a step. */
    public void slow(boolean s) {
        if (s && !slow) {
            stats.slowdowns.increment();
        }
        this.slow = s;
    }

    /**
     * pc as the spec has it: wakeup makes a sleeper runnable at once, so a process woken from
     * "getpage" is back in getpage ("km") and one woken from "getpg2" goes on to insert, before
     * it runs again.
     */
    public Pc visiblePc(Scheduler sched) {
        Pc p = pc;
        Actor a = actor;
        if (a != null && sched.wchan(a) == null) {
            if (p == Pc.KMSLEEP) {
                return Pc.KM;
            }
            if (p == Pc.KMSLEEP2) {
                return Pc.INSERT;
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return name;
    }
}
