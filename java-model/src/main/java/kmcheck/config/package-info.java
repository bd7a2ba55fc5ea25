/**
 * What a run of the Java model is configured with: the revision of uvm_km.c and subr_pool.c
 * (behaviour flags, the spec's RevisionTable) and the constants (a TLC model's CONSTANTS), and
 * the counters the run reports.  "Model" alone always means a TLC model (a cfg of specs/).
 */
package kmcheck.config;
