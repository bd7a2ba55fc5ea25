package kmcheck.plot;

import java.util.Arrays;

/**
 * Fewer points than steps, the picture unchanged at the resolution it is drawn at: a trace longer
 * than {@code 2 × buckets} steps is cut into {@code buckets} runs of consecutive steps, and each
 * run keeps its lowest and its highest level, in the order they occur (min/max per bucket: every
 * peak and every trough survives, a line drawn through them is the trace's envelope). Markers keep
 * one per bucket and kind, so a bucket with an event still shows it; the legend counts them all.
 */
final class Downsample {
    private Downsample() {
    }

    /** x (step) and y (level) of the points to draw. */
    record Points(double[] x, double[] y, boolean reduced) {
    }

    static int bucketSize(int steps, int buckets) {
        return steps <= 2 * buckets ? 1 : (steps + buckets - 1) / buckets;
    }

    static Points levels(int[] levels, int buckets) {
        int n = levels.length;
        int size = bucketSize(n, buckets);
        if (size == 1) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = i;
                y[i] = levels[i];
            }
            return new Points(x, y, false);
        }
        double[] x = new double[2 * buckets + 2];
        double[] y = new double[x.length];
        int k = 0;
        for (int start = 0; start < n; start += size) {
            int end = Math.min(n, start + size);
            int lo = start;
            int hi = start;
            for (int i = start + 1; i < end; i++) {
                if (levels[i] < levels[lo]) {
                    lo = i;
                }
                if (levels[i] > levels[hi]) {
                    hi = i;
                }
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            x[k] = first;
            y[k++] = levels[first];
            if (second != first) {
                x[k] = second;
                y[k++] = levels[second];
            }
        }
        return new Points(Arrays.copyOf(x, k), Arrays.copyOf(y, k), true);
    }

    /** The first event of each bucket, as indices into the trace. */
    static int[] markers(int[] at, int steps, int buckets) {
        int size = bucketSize(steps, buckets);
        if (size == 1) {
            return at;
        }
        int[] kept = new int[at.length];
        int k = 0;
        int lastBucket = -1;
        for (int i : at) {
            if (i / size != lastBucket) {
                kept[k++] = i;
                lastBucket = i / size;
            }
        }
        return Arrays.copyOf(kept, k);
    }
}
