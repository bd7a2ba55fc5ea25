package kmcheck.check;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows a check's progress on a stream: on a terminal, one status line rewritten in place; otherwise
 * (a log, a pipe, CI) one line per event, so nothing is lost to carriage returns.
 */
public final class ConsoleProgress implements CheckListener {
    private final PrintStream out;
    private final boolean inPlace;

    /**
     * @param inPlace whether {@code out} is a terminal that honours {@code \r} and the erase-line escape
     */
    public ConsoleProgress(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    @Override
    public void started(ModelEntry model) {
        show(model.name() + ": running TLC");
    }

    @Override
    public void progress(Progress p) {
        show(String.format(Locale.ROOT, "%s: %,d distinct states, %,.0f states/s, queue %,d, level %d, %ds",
                p.model(), p.distinctStates(), p.statesPerSecond(), p.queue(), p.level(), p.elapsed().toSeconds()));
    }

    @Override
    public void finished(CheckResult r) {
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
