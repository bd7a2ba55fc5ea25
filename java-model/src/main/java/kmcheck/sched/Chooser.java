package kmcheck.sched;

import java.util.List;
import java.util.Random;

/**
 * Picks one of several named options: the next actor to run, or a workload decision.
 * The controlled scheduler asks only when there are at least two options, so the same
 * sequence of answers reproduces the same run.
 *
 * <p>Called by one thread at a time.
 */
@FunctionalInterface
public interface Chooser {
    /** An index into options, which has at least two entries. */
    int pick(List<String> options);

    /** Uniform choices from java.util.Random with this seed. */
    static Chooser random(long seed) {
        Random r = new Random(seed);
        return options -> r.nextInt(options.size());
    }

    /**
     * A fixed priority: the option that comes first in order wins; options not in order rank
     * last, and among those the first wins.  E.g. priority("p1", "p2", "i1", "km") never runs
     * the km thread while a process can run: a process that never blocks keeps the CPU.
     */
    static Chooser priority(String... order) {
        List<String> rank = List.of(order);
        return options -> {
            int best = 0;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < options.size(); i++) {
                int r = rank.indexOf(options.get(i));
                r = r < 0 ? Integer.MAX_VALUE - 1 : r;
                if (r < bestRank) {
                    best = i;
                    bestRank = r;
                }
            }
            return best;
        };
    }

    /**
     * Choices from a list of ints, each taken modulo the number of options; once the list is
     * used up, always the first option.
     */
    static Chooser fromList(List<Integer> ints) {
        int[] next = {0};
        return options -> {
            if (next[0] >= ints.size()) {
                return 0;
            }
            return Math.floorMod(ints.get(next[0]++), options.size());
        };
    }
}
