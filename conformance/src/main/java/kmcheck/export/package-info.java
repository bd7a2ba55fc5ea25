/**
 * Export of an ndjson trace as a standalone TLA+ trace module and cfg that plain TLC checks
 * ({@link kmcheck.export.TraceExporter}), and a runner of plain TLC on it in a child JVM
 * ({@link kmcheck.export.PlainTlc}). TLC's verdict on the export equals the in-process
 * {@link kmcheck.replay.Replayer}'s verdict on the trace (ExportDifferentialTest).
 */
package kmcheck.export;
