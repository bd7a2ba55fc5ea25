package kmcheck.trace;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of every PoolSlowdown variable at one step, in its TLA+ shape: maps keyed by
 * process name keep the processes' order; poolPages.get(k) is the number of pool pages with
 * exactly k free items, k in 0..ITEMS.  Immutable.
 *
 * @param kmFree      uvm_km_pages_free
 * @param uvmFree     free physical pages left for the thread
 * @param freeList    pages on the 1.84 freelist
 * @param tpc         the km thread's place: "top", "alloc", "drain"
 * @param tAsleep     the km thread sleeps on "kmalloc"
 * @param tMemWait    the km thread waits in uvm_wait
 * @param batch       pages of the current round on the thread's private list
 * @param kmLock      who holds the km mutex across steps, or "none"
 * @param pc          each process's place
 * @param held        1 iff the process owns a page in neither the reserve nor the pool
 * @param slow        the slowdown flag getpage last gave the process
 * @param poolPages   pool pages by free items
 * @param inUse       items handed out
 * @param intrAllocs  interrupt pool_get calls
 * @param intrFails   interrupt pool_get calls that returned NULL
 * @param badIntrFail an interrupt failed while UVM had a whole round of memory
 * @param hoardFail   an interrupt failed while an off-CPU process held a page
 */
public record StateSnapshot(int kmFree, int uvmFree, int freeList, String tpc, boolean tAsleep, boolean tMemWait,
                            int batch, String kmLock, Map<String, String> pc, Map<String, Integer> held,
                            Map<String, Boolean> slow, List<Integer> poolPages, int inUse, int intrAllocs,
                            int intrFails, boolean badIntrFail, boolean hoardFail) {

    /** The spec's SleepStates. */
    public static final Set<String> SLEEP_STATES = Set.of("kmsleep", "kmsleep2", "poolsleep");
    /** The spec's YieldStates. */
    public static final Set<String> YIELD_STATES = Set.of("yield", "yieldHolding");

    /** Some process sleeps holding a page: NoSleepWhileHoldingInv fails (1.67's getpg2). */
    public boolean sleepsHolding() {
        return pc.entrySet().stream().anyMatch(e -> SLEEP_STATES.contains(e.getValue()) && held.get(e.getKey()) == 1);
    }

    /** Some process yields holding a page: NoYieldWhileHoldingInv fails (subr_pool 1.160). */
    public boolean yieldsHolding() {
        return pc.entrySet().stream().anyMatch(e -> YIELD_STATES.contains(e.getValue()) && held.get(e.getKey()) == 1);
    }

    /** Some process asks for the km mutex it holds: NoKmMutexRecursionInv fails (1.77). */
    public boolean kmMutexRecursion() {
        return pc.entrySet().stream().anyMatch(e -> e.getValue().equals("kmEnter") && e.getKey().equals(kmLock));
    }

    /** Processes holding a private page: the spec's HeldCount. */
    public int heldCount() {
        return held.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** PageConservationInv: every one of total pages is in exactly one counted place. */
    public boolean pagesConserved(int total) {
        return uvmFree + kmFree + freeList + batch + heldCount() + poolPageCount() == total;
    }

    /** ItemConservationInv: every item of a pool page is free or handed out. */
    public boolean itemsConserved(int items) {
        return inUse == items * poolPageCount() - poolFreeItems();
    }

    /** Pages in the pool. */
    public int poolPageCount() {
        return poolPages.stream().mapToInt(Integer::intValue).sum();
    }

    /** Free items in the pool. */
    public int poolFreeItems() {
        int n = 0;
        for (int k = 0; k < poolPages.size(); k++) {
            n += k * poolPages.get(k);
        }
        return n;
    }
}
