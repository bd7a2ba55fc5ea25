/**
 * Reading ndjson traces (specs/TRACE.md#trace-schema): {@link kmcheck.trace.TraceReader} streams a trace file
 * line by line into a {@link kmcheck.trace.TraceHeader} and {@link kmcheck.trace.TraceStep}s,
 * whose values are {@link kmcheck.trace.TraceValue}s (the JSON ↔ TLA+ value table is there).
 * Every schema violation is a {@link kmcheck.trace.TraceFormatException} carrying file:line.
 * Nothing here depends on TLC.
 */
package kmcheck.trace;
