package kmcheck.check;

/** What {@link TlcOutputParser} read from one TLC run; counts are {@link CheckResult#UNKNOWN} when absent. */
record TlcOutcome(Verdict verdict, long distinctStates, long statesGenerated, long depth, int cexLength) {
}
