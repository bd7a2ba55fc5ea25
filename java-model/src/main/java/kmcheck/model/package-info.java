/** The revisions of uvm_km.c and subr_pool.c as behaviour flags, the model's constants, and run statistics. */
package kmcheck.model;
