/**
 * Reading ndjson traces (specs/TRACE.md#trace-schema): {@link kmcheck.tracefile.TraceReader} streams a trace file
 * line by line into a {@link kmcheck.tracefile.TraceHeader} and {@link kmcheck.tracefile.TraceStep}s,
 * whose values are {@link kmcheck.tracefile.TraceValue}s (the JSON ↔ TLA+ value table is there).
 * Every schema violation is a {@link kmcheck.tracefile.TraceFormatException} carrying file:line.
 * Nothing here depends on TLC.
 */
package kmcheck.tracefile;
