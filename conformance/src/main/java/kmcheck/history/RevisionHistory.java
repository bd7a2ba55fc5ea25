package kmcheck.history;

import java.util.List;

/**
 * The history of one revision, for the annals: the kernel files it stands for, when, and what changed.
 *
 * @param id     the revision id used everywhere (specs, Java model, CLI)
 * @param kernel the kernel files and their RCS revisions
 * @param date   the commit date, as far as the copies read show it
 * @param change what changed, in one line
 */
record RevisionHistory(String id, String kernel, String date, String change) {
    /** docs/kernel.md#revisions. */
    static final List<RevisionHistory> ALL = List.of(
            new RevisionHistory("km1.38", "uvm_km.c 1.38", "2004-04-28",
                    "original reserve: getpage never sleeps, returns NULL when empty"),
            new RevisionHistory("km1.66", "uvm_km.c 1.66, subr_pool.c 1.62", "2007-12-15",
                    "process callers may sleep; no slowdown: a tight loop drains the reserve"),
            new RevisionHistory("km1.67", "uvm_km.c 1.67, subr_pool.c 1.62", "2008-06-14",
                    "first fix: sleep once (\"getpg2\") while holding the page"),
            new RevisionHistory("km1.68", "uvm_km.c 1.68, subr_pool.c 1.64", "2008-10-23",
                    "the real fix: slowdown back channel, yield after publishing the page"),
            new RevisionHistory("km1.77", "uvm_km.c 1.77, subr_pool.c 1.93", "2010-06-27",
                    "rewrite: a reserve of addresses; putpage does VM work inline under the km mutex; the thread's round keeps it too"),
            new RevisionHistory("km1.79", "uvm_km.c 1.79, subr_pool.c 1.93", "2010-06-28",
                    "the thread leaves the mutex before its round; putpage still unmaps under it"),
            new RevisionHistory("km1.84", "uvm_km.c 1.84, subr_pool.c 1.96", "2010-07-15",
                    "putpage only links the page onto a list; the thread does the VM work"),
            new RevisionHistory("pool1.160", "uvm_km.c 1.84-style, subr_pool.c 1.160", "2014 (1.158-1.165)",
                    "pool rework: the yield moved before the page is inserted"),
            new RevisionHistory("pool1.166", "uvm_km.c 1.84-style, subr_pool.c 1.166", "2014-11-14",
                    "the yield back after the insert"));
}
