package kmcheck.history;

import java.util.List;

/**
 * A column of the annals: a short heading and the spec properties it stands for.
 *
 * @param heading    short, so that the table fits 100 columns
 * @param meaning    the heading's meaning, for the legend
 * @param properties the invariants and temporal properties of specs/ it covers
 */
record Column(String heading, String meaning, List<String> properties) {
    static final List<Column> ALL = List.of(
            new Column("drain", "NoBadIntrFailInv: no interrupt fails while memory remains", List.of("NoBadIntrFailInv")),
            new Column("sleep", "NoSleepWhileHoldingInv", List.of("NoSleepWhileHoldingInv")),
            new Column("yield", "NoYieldWhileHoldingInv: publish before yield",
                    List.of("NoYieldWhileHoldingInv", "YieldOnlyOnSlowdownInv")),
            new Column("hoard", "NoHoardingStarvationInv", List.of("NoHoardingStarvationInv")),
            new Column("recur", "NoKmMutexRecursionInv", List.of("NoKmMutexRecursionInv")),
            new Column("stuck", "NoHoardDeadlockInv: nothing stops with a page held", List.of("NoHoardDeadlockInv")),
            new Column("live", "HeldEventuallyPublished, YieldTerminates, ThreadServesLowReserve, WaitokProgress",
                    List.of("HeldEventuallyPublishedProp", "YieldTerminatesProp", "ThreadServesLowReserveProp",
                            "WaitokProgressProp")));
}
