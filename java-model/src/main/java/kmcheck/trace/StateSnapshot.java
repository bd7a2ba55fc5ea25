package kmcheck.trace;

import java.util.List;
import java.util.Map;

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
    // No predicates here: the spec's invariants are checked by TLC on replay, never restated in Java.
}
