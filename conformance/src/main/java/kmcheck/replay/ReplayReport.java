package kmcheck.replay;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The verdict of one replay.
 *
 * @param trace         the trace file
 * @param stepsRead     how many steps were read (up to and including a divergent one)
 * @param matchedPrefix how many leading steps are states of the spec that satisfy every invariant
 *                      (equal to {@code stepsRead} iff the trace conforms)
 * @param divergence    the first divergence, if any
 * @param frontier      for a partial trace, how many candidate states it left open
 */
public record ReplayReport(Path trace, long stepsRead, long matchedPrefix, Optional<Divergence> divergence,
                           Optional<FrontierStats> frontier) {

    /** The report of a full-state replay. */
    public ReplayReport(Path trace, long stepsRead, long matchedPrefix, Optional<Divergence> divergence) {
        this(trace, stepsRead, matchedPrefix, divergence, Optional.empty());
    }

    /** True iff every step is a behaviour of the spec and every invariant holds on every state. */
    public boolean conforms() {
        return divergence.isEmpty();
    }

    /** The report as readable text, with a diff table if there is a divergence. */
    public String render() {
        return ReportRenderer.render(this);
    }
}
