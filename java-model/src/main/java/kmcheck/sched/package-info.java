/** Scheduling: actors, calling contexts, mutexes, sleep channels and yield, on real threads or under a controlled scheduler. */
package kmcheck.sched;
