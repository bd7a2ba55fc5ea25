package kmcheck.sched;

import java.util.List;

/**
 * An actor's JVM thread, started alike by both schedulers: the end of a run ({@link Stopped})
 * unwinds quietly, any other failure is recorded rather than lost with the thread, and the actor
 * is done however its body ended.
 *
 * <p>Thread contract: {@link #start} may be called from any thread; actors and failures must be
 * thread-safe lists, as the actor's thread adds to failures while the scheduler reads both.
 */
final class ActorThreads {
    private ActorThreads() {
    }

    /**
     * Start a daemon thread named threadName that runs body as a, then marks a done and runs
     * last.  a joins actors before its thread starts.
     *
     * @param last     what the scheduler does when any body ends (the controlled one hands back its baton)
     * @param failures gets "name: exception" for a body that ended by anything but {@link Stopped}
     * @return a
     */
    static Actor start(Actor a, String threadName, Runnable body, Runnable last, List<Actor> actors,
                       List<String> failures) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Stopped s) {
                // the run is over
            } catch (Throwable e) {
                failures.add(a.name() + ": " + e);
            } finally {
                a.done = true;
                last.run();
            }
        }, threadName);
        t.setDaemon(true);
        a.thread = t;
        actors.add(a);
        t.start();
        return a;
    }
}
