package kmcheck.check;

import java.time.Duration;

/**
 * One progress report of a running TLC, as TLC prints it (about 3 s after the start and then once a
 * minute; the interval is a constant in TLC 2.18).
 *
 * @param level           the BFS level TLC is at (TLC's {@code Progress(N)})
 * @param statesPerSecond states generated per second since the previous report (or since the start),
 *                        measured on this side because TLC's own first-report rate is the total
 * @param queue           states left on TLC's queue
 * @param elapsed         wall time since the child JVM was started
 */
public record Progress(String model, int level, long statesGenerated, long distinctStates, long queue,
                       double statesPerSecond, Duration elapsed) {
}
