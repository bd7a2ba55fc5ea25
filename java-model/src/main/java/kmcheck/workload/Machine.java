package kmcheck.workload;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import kmcheck.km.Caller;
import kmcheck.km.Choice;
import kmcheck.km.KmReserve;
import kmcheck.km.KmThread;
import kmcheck.km.Page;
import kmcheck.km.PhysPages;
import kmcheck.config.Constants;
import kmcheck.config.Stats;
import kmcheck.pool.Item;
import kmcheck.pool.Pool;
import kmcheck.pool.PoolPage;
import kmcheck.sched.Actor;
import kmcheck.sched.Context;
import kmcheck.sched.Scheduler;
import kmcheck.trace.StateSnapshot;
import kmcheck.trace.StepLog;
import kmcheck.trace.TraceLevel;

/**
 * One machine: physical pages, the km reserve and its thread, one pool, N processes in tight
 * pool_get/pool_put loops and M interrupt sources, on a given scheduler.  Reads the spec state
 * for the trace and audits where every page is.
 *
 * <p>Thread contract: construct and {@link #start()} from the driver thread.
 * {@link #snapshot()} under the step lock (the {@link StepLog} calls it); {@link #audit()} and
 * {@link #invariantsSatisfied()} only when no step runs: between decisions of a controlled
 * run, or after a real run stopped.
 */
public final class Machine {
    /** the constants */
    private final Constants k;
    /** the scheduler everything runs on */
    private final Scheduler sched;
    /** linearization points */
    private final StepLog steps;
    /** counters */
    private final Stats stats = new Stats();
    /** every page, by id */
    private final List<Page> allPages = new ArrayList<>();
    /** UVM */
    private final PhysPages phys;
    /** the reserve */
    private final KmReserve km;
    /** the refill thread */
    private final KmThread thread;
    /** the pool */
    private final Pool pool;
    /** the processes, in order p1..pN */
    private final Map<String, Caller> procs = new LinkedHashMap<>();
    /** items in use, oldest first: any process may put back any item, as with an mbuf from an interrupt */
    private final Queue<Item> inUse = new ConcurrentLinkedQueue<>();
    /** a scheduling point between a process's choice and its pool operation */
    private final boolean staleGuards;

    /**
     * A machine whose steps are traced at level: below {@link TraceLevel#FULL} the spec's history
     * variables (badIntrFail, hoardFail) are not computed, as a kernel would not. With
     * staleGuards a process may be preempted between choosing pool_get or pool_put and making it,
     * so that a controlled run reaches the pool's re-checks of a guard gone stale (MAXUSE reached,
     * the km mutex taken across steps), which otherwise only real threads do.
     */
    public Machine(Constants k, Scheduler sched, StepLog steps, TraceLevel level, boolean staleGuards) {
        this.k = k;
        this.staleGuards = staleGuards;
        this.sched = sched;
        this.steps = steps;
        for (int i = 0; i < k.totalPages(); i++) {
            allPages.add(new Page(i));
        }
        // 1.38-1.76: INITFREE of the pages are in the reserve; from 1.77 it holds addresses
        int inReserve = k.revision().kva() ? 0 : k.initFree();
        List<Page> reserve = allPages.subList(0, inReserve);
        this.phys = new PhysPages(sched, allPages.subList(inReserve, k.totalPages()));
        this.km = new KmReserve(k, sched, steps, phys, reserve);
        this.thread = new KmThread(k, sched, steps, km, phys, stats);
        for (String p : k.procNames()) {
            procs.put(p, new Caller(p, stats));
        }
        this.pool = new Pool(k, sched, steps, km, thread, phys, stats,
                level == TraceLevel.FULL ? this::hoarding : null);
        steps.bind(this::snapshot);
    }

    /** Record the initial state, then start the km thread, the processes and the interrupt sources. */
    public void start() {
        steps.init();
        thread.start();
        for (Caller c : procs.values()) {
            sched.start(c.name(), Context.PROCESS, a -> {
                c.bind(a);
                process(c);
            });
        }
        for (String i : k.intrNames()) {
            sched.start(i, Context.INTERRUPT, this::interrupts);
        }
    }

    /** A process: pool_get or pool_put, as the scheduler's choices say, forever. */
    private void process(Caller c) {
        Actor self = c.actor();
        List<String> options = new ArrayList<>(2);
        for (;;) {
            sched.point(self, () -> mayGet() || mayPut());
            options.clear();
            if (mayGet()) {
                options.add(Choice.POOL_GET.label());
            }
            if (mayPut()) {
                options.add(Choice.POOL_PUT.label());
            }
            if (options.isEmpty()) {
                continue;
            }
            boolean get = options.get(sched.choose(self, options)).equals(Choice.POOL_GET.label());
            if (staleGuards) {
                sched.point(self, () -> true);
            }
            if (get) {
                Item it = pool.get(c);
                if (it != null) {
                    inUse.add(it);
                }
            } else {
                Item it = inUse.poll();
                if (it != null && !pool.put(c, it)) {
                    inUse.add(it);
                }
            }
        }
    }

    /** PStart's guard: below MAXUSE. */
    private boolean mayGet() {
        return pool.inUse() < k.maxUse();
    }

    /** PFree's guard: an item to put back whose put may go now ({@link Pool#putEnabled}). */
    private boolean mayPut() {
        Item it = inUse.peek();
        return it != null && pool.putEnabled(it);
    }

    /** An interrupt source: MAXINTR interrupts among all sources, each one pool_get(PR_NOWAIT). */
    private void interrupts(Actor self) {
        while (pool.intrAllocs() < k.maxIntr()) {
            sched.interrupt(self, () -> {
                Item it = pool.getNowait(self);
                if (it != null) {
                    inUse.add(it);
                }
            });
        }
    }

    /** hoardFail's condition: some process off the CPU owns a page (the spec's Owns). */
    private boolean hoarding() {
        for (Caller c : procs.values()) {
            if ((c.held() != null || c.allocated() != null) && c.visiblePc(sched).offCpu()) {
                return true;
            }
        }
        return false;
    }

    /** Every spec variable now.  Call under the step lock. */
    public StateSnapshot snapshot() {
        Map<String, String> pc = new LinkedHashMap<>();
        Map<String, Integer> held = new LinkedHashMap<>();
        Map<String, Boolean> slow = new LinkedHashMap<>();
        for (Caller c : procs.values()) {
            pc.put(c.name(), c.visiblePc(sched).tla());
            held.put(c.name(), c.held() == null ? 0 : 1);
            slow.put(c.name(), c.slow());
        }
        return new StateSnapshot(km.free(), phys.freeCount(), km.freeListLength(), thread.tpc().tla(),
                thread.asleep(), thread.memWait(), thread.batchSize(), km.kmLock(), pc, held, slow,
                pool.pagesByFreeItems(), pool.inUse(), pool.intrAllocs(), pool.intrFails(), pool.badIntrFail(),
                pool.hoardFail());
    }

    /**
     * Where every page is.  Empty when each page is in exactly one place; otherwise one line
     * per problem: "pg3 leaked: in no place" or "pg3 in two places: reserve, held by p1".
     */
    public List<String> audit() {
        Map<Page, List<String>> where = new IdentityHashMap<>();
        for (Page pg : phys.pages()) {
            place(where, pg, "uvm");
        }
        for (Page pg : km.pages()) {
            place(where, pg, "reserve");
        }
        for (Page pg : km.freeListPages()) {
            place(where, pg, "freeList");
        }
        for (Page pg : thread.batchPages()) {
            place(where, pg, "km thread's round");
        }
        for (Caller c : procs.values()) {
            if (c.held() != null) {
                place(where, c.held(), "held by " + c.name() + " (" + c.pc().tla() + ")");
            }
            if (c.allocated() != null) {
                place(where, c.allocated(), "allocated by " + c.name() + " (" + c.pc().tla() + ")");
            }
        }
        for (PoolPage pp : pool.pages()) {
            place(where, pp.page(), "pool");
        }
        List<String> problems = new ArrayList<>();
        for (Page pg : allPages) {
            List<String> places = where.get(pg);
            if (places == null) {
                problems.add(pg + " leaked: in no place");
            } else if (places.size() > 1) {
                problems.add(pg + " in " + places.size() + " places: " + String.join(", ", places));
            }
        }
        for (Page pg : where.keySet()) {
            if (pg.id() >= allPages.size() || allPages.get(pg.id()) != pg) {
                problems.add(pg + " is not one of this machine's pages");
            }
        }
        return problems;
    }

    private static void place(Map<Page, List<String>> where, Page pg, String place) {
        where.computeIfAbsent(pg, x -> new ArrayList<>()).add(place);
    }

    /**
     * Page conservation (uvmFree + kmFree + freeList + batch + held + pool pages = MEM +
     * INITFREE; from 1.77, whose reserve and round hold addresses: uvmFree + allocated +
     * freeList + held + pool pages = MEM), no page in two places, and item conservation
     * (inUse = ITEMS * pool pages - free items).  Call only when no step runs.
     */
    public boolean invariantsSatisfied() {
        int held = 0;
        for (Caller c : procs.values()) {
            held += (c.held() == null ? 0 : 1) + (c.allocated() == null ? 0 : 1);
        }
        int tokens = k.revision().kva() ? 0 : km.free() + thread.batchSize();
        List<PoolPage> pp = pool.pages();
        int freeItems = 0;
        for (PoolPage p : pp) {
            freeItems += p.nfree();
        }
        return phys.freeCount() + tokens + km.freeListLength() + held + pp.size()
                    == k.totalPages()
                && audit().isEmpty()
                && pool.inUse() == k.items() * pp.size() - freeItems;
    }

    /** The processes, by name. */
    public Map<String, Caller> procs() {
        return procs;
    }

    public Stats stats() {
        return stats;
    }

    public Pool pool() {
        return pool;
    }

    public KmReserve reserve() {
        return km;
    }

    public KmThread thread() {
        return thread;
    }

    public PhysPages phys() {
        return phys;
    }
}
