/** The pool allocator of subr_pool.c on top of the km reserve: items on pages, publish-then-yield on slowdown. */
package kmcheck.pool;
