package kmcheck.sched;

/** The calling context of an actor: what it may do. */
public enum Context {
    /** process context: may sleep, may yield, may wait for a mutex */
    PROCESS,
    /** interrupt context: never blocks; a blocking primitive panics at once */
    INTERRUPT
}
