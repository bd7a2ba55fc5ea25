/** Tracing: one snapshot of every spec variable per atomic step, written as ndjson in the spec's shape. */
package kmcheck.trace;
