package kmcheck.replay;

/**
 * One variable whose recorded value differs from the value the spec allows.
 *
 * @param variable the spec variable
 * @param recorded its value in the trace, in TLA+ notation
 * @param spec     its value in the nearest state the spec allows, in TLA+ notation
 */
public record VarDiff(String variable, String recorded, String spec) {
}
