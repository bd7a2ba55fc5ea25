/** Conformance campaigns: the Java model under generated schedules, every trace replayed against specs/ with TLC. */
package kmcheck.campaign;
