package kmcheck.replay;

import java.util.Set;

/**
 * How much a partial trace left open: the candidate states replay kept per step.
 *
 * @param steps     steps replayed
 * @param max       the most candidates after one step
 * @param peakSeq   the first step with that many
 * @param mean      candidates per step, on average
 * @param ambiguous unlogged variables that had more than one possible value after some step
 */
public record FrontierStats(long steps, int max, long peakSeq, double mean, Set<String> ambiguous) {
    public FrontierStats {
        ambiguous = Set.copyOf(ambiguous);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "candidate states per step: max %d (step %d), mean %.2f; %s",
                max, peakSeq, mean, ambiguous.isEmpty() ? "no unlogged variable was ambiguous"
                        : "ambiguous unlogged variables: " + String.join(", ", new java.util.TreeSet<>(ambiguous)));
    }
}
