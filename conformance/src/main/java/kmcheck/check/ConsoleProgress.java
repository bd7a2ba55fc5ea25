package kmcheck.check;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows a check's progress on a stream: on a terminal, one status line rewritten in place; otherwise
 * (a log, a pipe, CI) one line per event, so nothing is lost to carriage returns. TLC 2.18 reports
 * progress once a minute (a constant of TLC's), so between its reports a heartbeat says, every
 * {@value #HEARTBEAT_SECONDS} s, how long TLC has run and what it last reported.
 */
public final class ConsoleProgress implements CheckListener {
    static final int HEARTBEAT_SECONDS = 10;

    private final PrintStream out;
    private final boolean inPlace;
    private final java.util.concurrent.ScheduledExecutorService clock =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "check heartbeat");
                t.setDaemon(true);
                return t;
            });
    private java.util.concurrent.ScheduledFuture<?> heartbeat;
    private long startNanos;
    private String lastReport = "no progress report yet";

    /**
     * @param inPlace whether {@code out} is a terminal that honours {@code \r} and the erase-line escape
     */
    public ConsoleProgress(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    @Override
    public synchronized void started(ModelEntry model) {
        show(model.name() + ": running TLC");
        startNanos = System.nanoTime();
        lastReport = "no progress report yet";
        heartbeat = clock.scheduleAtFixedRate(() -> beat(model), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    private synchronized void beat(ModelEntry model) {
        show(String.format(Locale.ROOT, "%s: TLC running, %ds (%s)", model.name(),
                (System.nanoTime() - startNanos) / 1_000_000_000L, lastReport));
    }

    @Override
    public synchronized void progress(Progress p) {
        lastReport = String.format(Locale.ROOT, "at %ds: %,d distinct states, level %d", p.elapsed().toSeconds(),
                p.distinctStates(), p.level());
        show(String.format(Locale.ROOT, "%s: %,d distinct states, %,.0f states/s, queue %,d, level %d, %ds",
                p.model(), p.distinctStates(), p.statesPerSecond(), p.queue(), p.level(), p.elapsed().toSeconds()));
    }

    @Override
    public synchronized void finished(CheckResult r) {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        show(String.format(Locale.ROOT, "%s: %s (%s) in %.1fs", r.model().name(), r.actual(),
                r.matches() ? "OK" : "MISMATCH", r.elapsed().toMillis() / 1000.0));
        if (inPlace) {
            out.print('\n');
        }
        out.flush();
    }

    private void show(String line) {
        if (inPlace) {
            out.print("\r\033[K" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }
}
