package kmcheck.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One constant per modelled revision, each a row of the spec's {@code RevisionTable}
 * (specs/KmReserve.tla): the code reads only these flags, never the id.
 *
 * <p>Immutable; safe from any thread and any calling context.
 */
public enum Revision {
    //          id           waitok slowdn sleepH postU  wakeF  rechk  bound  putpage             yield               roundL kva
    KM_1_38("km1.38",       false, false, false, true,  true,  false, false, PutPage.PUSH,      Yield.NONE,          false, false),
    KM_1_66("km1.66",       true,  false, false, true,  true,  false, false, PutPage.PUSH,      Yield.NONE,          false, false),
    KM_1_67("km1.67",       true,  false, true,  false, true,  false, false, PutPage.PUSH,      Yield.NONE,          false, false),
    KM_1_68("km1.68",       true,  true,  false, true,  true,  false, false, PutPage.PUSH,      Yield.AFTER_INSERT,  false, false),
    KM_1_77("km1.77",       true,  true,  false, false, false, false, true,  PutPage.INLINE,    Yield.AFTER_INSERT,  true,  true),
    KM_1_79("km1.79",       true,  true,  false, false, false, false, true,  PutPage.INLINE,    Yield.AFTER_INSERT,  false, true),
    KM_1_84("km1.84",       true,  true,  false, false, false, true,  true,  PutPage.FREELIST,  Yield.AFTER_INSERT,  false, true),
    POOL_1_160("pool1.160", true,  true,  false, false, false, true,  true,  PutPage.FREELIST,  Yield.BEFORE_INSERT, false, true),
    POOL_1_166("pool1.166", true,  true,  false, false, false, true,  true,  PutPage.FREELIST,  Yield.AFTER_INSERT,  false, true);

    /** What uvm_km_putpage does with a page. */
    public enum PutPage {
        /** 1.38-1.76: link the page onto the reserve under the mutex. */
        PUSH,
        /** 1.77-1.80: at hiwat, unmap in the caller with the km mutex held. */
        INLINE,
        /** 1.84: link the page onto a freelist the thread drains. */
        FREELIST
    }

    /** Where pool_do_get yields on slowdown. */
    public enum Yield {
        /** subr_pool 1.64, 1.166: publish the page, then yield. */
        AFTER_INSERT,
        /** subr_pool 1.158-1.165: yield in pool_p_alloc, still holding the page. */
        BEFORE_INSERT,
        /** no slowdown, no yield. */
        NONE
    }

    /** the spec's revision id, e.g. "km1.68" */
    private final String id;
    /** process callers may sleep in getpage ("getpage") */
    private final boolean waitok;
    /** getpage returns the slowdown flag below lowat */
    private final boolean slowdown;
    /** 1.67: a waitok caller sleeps "getpg2" after a take below lowat, holding the page */
    private final boolean sleepHolding;
    /** 1.66, 1.68: the lowat check runs after mtx_leave */
    private final boolean postUnlocked;
    /** getpage wakes the thread even when it returns NULL */
    private final boolean wakeOnFail;
    /** the thread re-checks the reserve after waking */
    private final boolean recheck;
    /** the reserve is bounded by hiwat (1.77 on) */
    private final boolean bounded;
    /** what putpage does */
    private final PutPage putPage;
    /** where pool_do_get yields */
    private final Yield yield;
    /** 1.77: the thread runs its round with the mutex held and enters it again to splice */
    private final boolean roundLocked;
    /** 1.77 on: the reserve holds addresses; getpage allocates the physical page, rounds none */
    private final boolean kva;

    Revision(String id, boolean waitok, boolean slowdown, boolean sleepHolding, boolean postUnlocked,
             boolean wakeOnFail, boolean recheck, boolean bounded, PutPage putPage, Yield yield,
             boolean roundLocked, boolean kva) {
        this.id = id;
        this.waitok = waitok;
        this.slowdown = slowdown;
        this.sleepHolding = sleepHolding;
        this.postUnlocked = postUnlocked;
        this.wakeOnFail = wakeOnFail;
        this.recheck = recheck;
        this.bounded = bounded;
        this.putPage = putPage;
        this.yield = yield;
        this.roundLocked = roundLocked;
        this.kva = kva;
    }

    /**
     * The revision with this spec id.
     *
     * @throws IllegalArgumentException naming the id when there is none
     */
    public static Revision fromId(String id) {
        for (Revision r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Revision: unknown revision id \"" + id + "\"; known: "
                + Arrays.stream(values()).map(Revision::id).collect(Collectors.joining(", ")));
    }

    public String id() { return id; }
    public boolean waitok() { return waitok; }
    public boolean slowdown() { return slowdown; }
    public boolean sleepHolding() { return sleepHolding; }
    public boolean postUnlocked() { return postUnlocked; }
    public boolean wakeOnFail() { return wakeOnFail; }
    public boolean recheck() { return recheck; }
    public boolean bounded() { return bounded; }
    public PutPage putPage() { return putPage; }
    public Yield yield() { return yield; }
    public boolean roundLocked() { return roundLocked; }
    public boolean kva() { return kva; }

    @Override
    public String toString() { return id; }
}
