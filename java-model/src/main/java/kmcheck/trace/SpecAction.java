package kmcheck.trace;

/**
 * The actions of the spec (PoolSlowdown's Next as TLC splits it, plus {@code Init}), as the
 * trace names them. A step is committed with one of these, never with a string, so that a
 * misspelt action cannot compile; conformance's {@code SpecActionsTest} checks this list against
 * TLC's own split of Next, so that it cannot drift from the spec either. The constants are
 * spelt as in the spec, not in Java's upper case: the name is the wire format.
 */
public enum SpecAction {
    Init,
    // processes: pool_get, uvm_km_getpage, pool_put (PoolSlowdown.tla)
    PStart, PTakeItem, PNeedPage, PPla, PKmTake, PKmSleep, PKmFail, PPoolWake, PKmPost, PInsert, PYieldDone,
    PFree, PUnmap,
    // interrupts: pool_get(PR_NOWAIT)
    IAlloc,
    // the km thread: uvm_km_thread
    TTop, TAllocOne, TMemReturn, TPublish, TDrainOne, TDrainDone;

    /** The actor of step 0. */
    public static final String INIT_ACTOR = "init";

    /** The actor of the km thread's steps: the spec's {@code ThreadActor}. */
    public static final String THREAD_ACTOR = "km";
}
