package kmcheck.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The constants of a run, named and constrained as in the spec (KmReserve's ConstantsOK,
 * PoolSlowdown's PoolConstantsOK), plus the number of processes and interrupt sources.
 * Construction validates; a bad value throws IllegalArgumentException naming the parameter.
 *
 * <p>Immutable; safe from any thread.
 *
 * @param revision the revision whose code runs
 * @param procs    process contexts p1..pN calling pool_get(PR_WAITOK)
 * @param intrs    interrupt sources i1..iM calling pool_get(PR_NOWAIT)
 * @param lowat    uvm_km_pages_lowat: the thread refills below this
 * @param hiwat    uvm_km_pages.hiwat (1.77 on): the reserve keeps no more than this
 * @param batch    pages the thread allocates per round (16 in the kernel)
 * @param initFree pages in the reserve at boot
 * @param mem      UVM's free physical pages at boot (beside the reserve's INITFREE pages, which
 *                 from 1.77 are addresses)
 * @param items    items per pool page
 * @param maxIdle  pr_maxpages: idle pages the pool keeps before freeing one
 * @param maxIntr  interrupt allocations in a run
 * @param maxUse   a process starts pool_get only below this many items in use
 */
public record Constants(Revision revision, int procs, int intrs, int lowat, int hiwat, int batch,
                        int initFree, int mem, int items, int maxIdle, int maxIntr, int maxUse) {

    public Constants {
        if (revision == null) {
            throw new IllegalArgumentException("Revision: missing");
        }
        atLeast("Procs", procs, 1);
        atLeast("Intrs", intrs, 0);
        atLeast("LOWAT", lowat, 1);
        atLeast("BATCH", batch, 1);
        atLeast("INITFREE", initFree, 0);
        atLeast("MEM", mem, 0);
        atLeast("ITEMS", items, 1);
        atLeast("MAXIDLE", maxIdle, 0);
        atLeast("MAXINTR", maxIntr, 0);
        atLeast("MAXUSE", maxUse, 0);
        if (lowat > initFree) {
            throw new IllegalArgumentException("LOWAT (" + lowat + ") is above the initial reserve INITFREE ("
                    + initFree + ")");
        }
        if (hiwat < initFree) {
            throw new IllegalArgumentException("HIWAT (" + hiwat + ") is below INITFREE (" + initFree + ")");
        }
        if (hiwat < lowat + batch) {
            throw new IllegalArgumentException("HIWAT (" + hiwat + ") is below LOWAT + BATCH ("
                    + (lowat + batch) + ")");
        }
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    /** The constants of specs/MCPoolSlowdown_km168_small.cfg for this revision. */
    public static Builder defaults() {
        return new Builder();
    }

    /** Process names p1..pN, in order. */
    public List<String> procNames() {
        return names("p", procs);
    }

    /** Interrupt names i1..iM, in order. */
    public List<String> intrNames() {
        return names("i", intrs);
    }

    /**
     * Physical pages in the system, wherever they are: MEM, and the reserve's INITFREE unless
     * its tokens are addresses (kva, 1.77 on).
     */
    public int totalPages() {
        return revision.kva() ? mem : mem + initFree;
    }

    private static List<String> names(String prefix, int n) {
        List<String> l = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            l.add(prefix + i);
        }
        return l;
    }

    /** A mutable builder starting at the small km1.68 model's values; {@link #build()} validates. */
    public static final class Builder {
        private Revision revision = Revision.KM_1_68;
        private int procs = 2;
        private int intrs = 1;
        private int lowat = 4;
        private int hiwat = 8;
        private int batch = 2;
        private int initFree = 4;
        private int mem = 6;
        private int items = 1;
        private int maxIdle = 0;
        private int maxIntr = 1;
        private int maxUse = 10;

        private Builder() {
        }

        /** @throws IllegalArgumentException for an unknown id */
        public Builder revision(String id) { this.revision = Revision.fromId(id); return this; }
        public Builder revision(Revision r) { this.revision = r; return this; }
        public Builder procs(int n) { this.procs = n; return this; }
        public Builder intrs(int n) { this.intrs = n; return this; }
        public Builder lowat(int n) { this.lowat = n; return this; }
        public Builder hiwat(int n) { this.hiwat = n; return this; }
        public Builder batch(int n) { this.batch = n; return this; }
        public Builder initFree(int n) { this.initFree = n; return this; }
        public Builder mem(int n) { this.mem = n; return this; }
        public Builder items(int n) { this.items = n; return this; }
        public Builder maxIdle(int n) { this.maxIdle = n; return this; }
        public Builder maxIntr(int n) { this.maxIntr = n; return this; }
        public Builder maxUse(int n) { this.maxUse = n; return this; }

        public Constants build() {
            return new Constants(revision, procs, intrs, lowat, hiwat, batch, initFree, mem, items, maxIdle,
                    maxIntr, maxUse);
        }
    }
}
