/** The annals: one row per kernel revision, one column per property, from TLC and from conformance. */
package kmcheck.history;
