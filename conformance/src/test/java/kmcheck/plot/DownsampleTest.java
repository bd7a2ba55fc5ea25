package kmcheck.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Min/max per bucket: fewer points, every extreme kept, markers one per bucket. */
class DownsampleTest {
    @Test
    void aShortTraceIsDrawnAsItIs() {
        Downsample.Points p = Downsample.levels(new int[] {4, 3, 5}, 10);
        assertFalse(p.reduced());
        assertArrayEquals(new double[] {0, 1, 2}, p.x());
        assertArrayEquals(new double[] {4, 3, 5}, p.y());
        assertArrayEquals(new int[] {1, 2}, Downsample.markers(new int[] {1, 2}, 3, 10));
    }

    @Test
    void aLongTraceKeepsEachBucketsLowestAndHighestInOrder() {
        int[] levels = new int[1_000_000];
        Random r = new Random(7);
        for (int i = 1; i < levels.length; i++) {
            levels[i] = Math.max(0, Math.min(40, levels[i - 1] + r.nextInt(3) - 1));
        }
        levels[123_456] = 99; // one spike, one step wide
        Downsample.Points p = Downsample.levels(levels, 1000);
        assertTrue(p.reduced());
        assertTrue(p.x().length <= 2000, "points: " + p.x().length);
        assertEquals(99, Arrays.stream(p.y()).max().orElseThrow(), "the spike survives");
        assertEquals(Arrays.stream(levels).min().orElseThrow(), (int) Arrays.stream(p.y()).min().orElseThrow());
        for (int i = 1; i < p.x().length; i++) {
            assertTrue(p.x()[i] > p.x()[i - 1], "in step order");
            assertEquals(levels[(int) p.x()[i]], (int) p.y()[i], "a real point of the trace");
        }
    }

    @Test
    void markersKeepTheFirstOfEachBucket() {
        // bucket size 1000 for 10^6 steps and 1000 buckets
        assertArrayEquals(new int[] {5, 1000, 999_999},
                Downsample.markers(new int[] {5, 6, 999, 1000, 1999, 999_999}, 1_000_000, 1000));
    }
}
