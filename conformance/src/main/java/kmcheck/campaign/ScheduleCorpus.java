package kmcheck.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The schedules of a guided campaign, kept as a coverage-guided fuzzer keeps its inputs: a
 * schedule whose run took a spec transition no earlier run took is kept, and half of the next
 * schedules are mutations of kept ones ({@link Schedule#mutate}), the other half fresh random
 * ones, so that a guided campaign explores around what was new without losing what random
 * schedules find.
 *
 * <p>Not thread-safe: one campaign at a time.
 */
final class ScheduleCorpus {
    private final List<Schedule> kept = new ArrayList<>();

    /** The next schedule to run. */
    Schedule next(Random r) {
        if (kept.isEmpty() || r.nextBoolean()) {
            return Schedule.random(r);
        }
        return kept.get(r.nextInt(kept.size())).mutate(r);
    }

    /** The run of s took this many transitions no earlier run took. */
    void ran(Schedule s, int newTransitions) {
        if (newTransitions > 0) {
            kept.add(s);
        }
    }
}
