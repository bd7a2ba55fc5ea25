package kmcheck.sched;

import java.util.ArrayList;
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
     * The greedy workload of the kernel's history: processes in tight loops keep the CPU, the
     * km thread runs only when no process can, and an interrupt arrives at a decision with
     * probability 1/interruptEvery.  Other choices (pool_get or pool_put next, ...) are uniform.
     * Under it, a revision without slowdown drains the reserve; the seed fixes the run.
     */
    static Chooser greedy(long seed, int interruptEvery) {
        Random r = new Random(seed);
        return options -> {
            boolean actors = options.stream().allMatch(o -> o.equals("km") || o.matches("[pi]\\d+"));
            if (!actors) {
                return r.nextInt(options.size());
            }
            List<Integer> procs = new ArrayList<>();
            List<Integer> intrs = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).startsWith("p")) {
                    procs.add(i);
                } else if (options.get(i).startsWith("i")) {
                    intrs.add(i);
                }
            }
            if (!intrs.isEmpty() && (procs.isEmpty() || r.nextInt(interruptEvery) == 0)) {
                return intrs.get(r.nextInt(intrs.size()));
            }
            if (!procs.isEmpty()) {
                return procs.get(r.nextInt(procs.size()));
            }
            return options.indexOf("km");
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
