package kmcheck.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kmcheck.sched.Chooser;

/**
 * A generated schedule for the controlled scheduler: bursts of one actor running (say p1 for
 * 20 steps while the km thread waits its turn, the shape of every drain), and the answers to
 * the model's other choices (pool_get or pool_put next; whether an unmap frees a map entry).
 * Bursts shrink to fewer and shorter ones, so a shrunk schedule reads as the few runs of a
 * few actors that make the failure.
 *
 * @param bursts    who runs, for how many scheduling decisions, in order
 * @param decisions answers to the other choices, each taken modulo the number of options
 */
public record Schedule(List<Burst> bursts, List<Integer> decisions) {
    /** the actors of the default constants: two processes, one interrupt, the km thread */
    public static final List<String> ACTORS = List.of("p1", "p2", "i1", "km");

    /** actor runs for up to count scheduling decisions, while it can */
    public record Burst(String actor, int count) {
        @Override
        public String toString() {
            return actor + "x" + count;
        }
    }

    /** most bursts in a schedule */
    public static final int MAX_BURSTS = 12;
    /** longest burst */
    public static final int MAX_BURST = 30;
    /** most answers to other choices */
    public static final int MAX_DECISIONS = 60;
    /** answers range over 0..MAX_ANSWER */
    public static final int MAX_ANSWER = 3;

    public Schedule {
        bursts = List.copyOf(bursts);
        decisions = List.copyOf(decisions);
    }

    /** A schedule drawn uniformly within the bounds above, as jqwik draws them in the tests. */
    public static Schedule random(Random r) {
        List<Burst> bursts = new ArrayList<>();
        for (int i = r.nextInt(MAX_BURSTS + 1); i > 0; i--) {
            bursts.add(new Burst(ACTORS.get(r.nextInt(ACTORS.size())), 1 + r.nextInt(MAX_BURST)));
        }
        List<Integer> decisions = new ArrayList<>();
        for (int i = r.nextInt(MAX_DECISIONS + 1); i > 0; i--) {
            decisions.add(r.nextInt(MAX_ANSWER + 1));
        }
        return new Schedule(bursts, decisions);
    }

    /**
     * The chooser that follows this schedule: the burst's actor while it is runnable, else the
     * next burst; once the bursts are spent, the first runnable actor (start order: the
     * processes, the interrupts, the km thread).
     */
    public Chooser chooser() {
        return chooser(options -> 0);
    }

    /**
     * The chooser that follows this schedule, and once its bursts (for the choice of actor) or
     * its answers (for the other choices) are spent, asks {@code after}.
     */
    public Chooser chooser(Chooser after) {
        int[] at = {0, 0, 0}; // burst index, steps used in it, next decision
        return options -> {
            if (!Set.copyOf(ACTORS).containsAll(options)) {
                return at[2] < decisions.size() ? decisions.get(at[2]++) : after.pick(options);
            }
            while (at[0] < bursts.size()) {
                Burst b = bursts.get(at[0]);
                int i = options.indexOf(b.actor());
                if (i >= 0 && at[1] < b.count()) {
                    at[1]++;
                    return i;
                }
                at[0]++;
                at[1] = 0;
            }
            return after.pick(options);
        };
    }

    /**
     * A small random change of this schedule, as a coverage-guided fuzzer mutates the inputs it
     * keeps: a burst replaced, inserted, removed or resized, or one answer changed.
     */
    public Schedule mutate(Random r) {
        List<Burst> b = new ArrayList<>(bursts);
        List<Integer> d = new ArrayList<>(decisions);
        Burst fresh = new Burst(ACTORS.get(r.nextInt(ACTORS.size())), 1 + r.nextInt(MAX_BURST));
        switch (r.nextInt(5)) {
            case 0 -> {
                if (!b.isEmpty()) {
                    b.set(r.nextInt(b.size()), fresh);
                }
            }
            case 1 -> {
                if (b.size() < MAX_BURSTS) {
                    b.add(r.nextInt(b.size() + 1), fresh);
                }
            }
            case 2 -> {
                if (!b.isEmpty()) {
                    b.remove(r.nextInt(b.size()));
                }
            }
            case 3 -> {
                if (!b.isEmpty()) {
                    int i = r.nextInt(b.size());
                    b.set(i, new Burst(b.get(i).actor(), 1 + r.nextInt(MAX_BURST)));
                }
            }
            default -> {
                if (!d.isEmpty()) {
                    d.set(r.nextInt(d.size()), r.nextInt(MAX_ANSWER + 1));
                } else {
                    d.add(r.nextInt(MAX_ANSWER + 1));
                }
            }
        }
        return new Schedule(b, d);
    }

    @Override
    public String toString() {
        return "bursts " + bursts + ", decisions " + decisions;
    }
}
