/** The workload driver: wires reserve, thread and pool to a scheduler, runs processes and interrupts, audits the pages. */
package kmcheck.workload;
