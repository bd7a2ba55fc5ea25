package kmcheck.conformance;

import kmcheck.campaign.Schedule;
import kmcheck.campaign.Schedule.Burst;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik's view of {@link Schedule}: the same bounds, with shrinking toward fewer, shorter bursts. */
final class Schedules {
    private Schedules() {
    }

    static Arbitrary<Schedule> any() {
        Arbitrary<Burst> burst = Combinators.combine(
                Arbitraries.of(Schedule.ACTORS),
                Arbitraries.integers().between(1, Schedule.MAX_BURST)).as(Burst::new);
        return Combinators.combine(
                burst.list().ofMaxSize(Schedule.MAX_BURSTS),
                Arbitraries.integers().between(0, Schedule.MAX_ANSWER).list().ofMaxSize(Schedule.MAX_DECISIONS))
                .as(Schedule::new);
    }
}
