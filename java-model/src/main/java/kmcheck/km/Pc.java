package kmcheck.km;

/** Where a process is in pool_get, getpage or pool_put: the spec's PcStates, with its names. */
public enum Pc {
    IDLE("idle"),
    /** in pool_do_get with pr_mtx */
    GET("get"),
    /** 1.77 on: uvm_km_getpage_pla allocating the physical page (uvm_pglistalloc) */
    PLA("pla"),
    /** in uvm_km_getpage */
    KM("km"),
    /** msleep "getpage" on an empty reserve */
    KMSLEEP("kmsleep"),
    /** 1.66/1.68: after mtx_leave in getpage */
    POST("post"),
    /** 1.67: msleep "getpg2" after the take, holding the page */
    KMSLEEP2("kmsleep2"),
    /** 1.38: pool_do_get sleeps after the allocator returned NULL */
    POOLSLEEP("poolsleep"),
    /** subr_pool 1.160: the yield before the insert */
    YIELD_HOLDING("yieldHolding"),
    /** back in pool_do_get with the page */
    INSERT("insert"),
    /** the yield after the insert */
    YIELD("yield"),
    /** 1.77: putpage unmapping with the km mutex held */
    UNMAP("unmap"),
    /** 1.77: a nested putpage entering the km mutex */
    KM_ENTER("kmEnter");

    /** the spec's string */
    private final String tla;

    Pc(String tla) {
        this.tla = tla;
    }

    public String tla() {
        return tla;
    }

    /** The spec's OffCpuStates: sleeping or yielding. */
    public boolean offCpu() {
        return this == KMSLEEP || this == KMSLEEP2 || this == POOLSLEEP || this == YIELD || this == YIELD_HOLDING;
    }
}
