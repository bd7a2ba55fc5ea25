package kmcheck.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;
import kmcheck.tracefile.TraceStep;
import kmcheck.tracefile.TraceValue;

/**
 * What {@code kmcheck plot} draws of one trace: the reserve level {@code kmFree} at every step, the
 * header's {@code LOWAT}, and the steps where something the slowdown protocol is about happens.
 * Read streaming, one step at a time, into arrays of ints: a trace of 10^6 steps costs a few
 * megabytes, whatever its lines hold.
 *
 * @param trace     the trace file
 * @param revision  the header's revision
 * @param lowat     the header's {@code LOWAT}, or {@code null} if it has none
 * @param kmFree    {@code kmFree} after step {@code i}, for every step {@code i} in order
 * @param slowdowns steps at which some {@code slow[p]} turns true: getpage told p to slow down
 * @param yields    steps at which some {@code pc[p]} enters "yield" or "yieldHolding"
 * @param intrFails steps at which {@code intrFails} grows: an interrupt's pool_get returned NULL
 */
public record ReserveSeries(Path trace, String revision, Integer lowat, int[] kmFree,
                            int[] slowdowns, int[] yields, int[] intrFails) {

    private static final Set<TraceValue> YIELD_STATES =
            Set.of(new TraceValue.Str("yield"), new TraceValue.Str("yieldHolding"));
    private static final Set<TraceValue> TRUE = Set.of(new TraceValue.Bool(true));

    /**
     * Reads a trace. Variables other than {@code kmFree} are optional (a KmReserve trace has no
     * processes), so their markers are simply absent.
     *
     * @throws TraceFormatException the trace breaks the schema, or has no integer {@code kmFree}
     */
    public static ReserveSeries read(Path trace) throws IOException, TraceFormatException {
        try (TraceReader reader = TraceReader.open(trace)) {
            TraceValue lowat = reader.header().constants().get("LOWAT");
            Ints kmFree = new Ints();
            Ints slowdowns = new Ints();
            Ints yields = new Ints();
            Ints intrFails = new Ints();
            Map<String, TraceValue> before = null;
            for (TraceStep step = reader.next(); step != null; step = reader.next()) {
                Map<String, TraceValue> now = step.state();
                if (!(now.get("kmFree") instanceof TraceValue.Int level)) {
                    throw new TraceFormatException(trace, step.line(),
                            "no integer kmFree in the state: not a trace of the km reserve");
                }
                int i = kmFree.size();
                kmFree.add(level.value());
                if (before != null) {
                    if (entered(before.get("slow"), now.get("slow"), TRUE)) {
                        slowdowns.add(i);
                    }
                    if (entered(before.get("pc"), now.get("pc"), YIELD_STATES)) {
                        yields.add(i);
                    }
                    if (grew(before.get("intrFails"), now.get("intrFails"))) {
                        intrFails.add(i);
                    }
                }
                before = now;
            }
            return new ReserveSeries(trace, reader.header().revision(),
                    lowat instanceof TraceValue.Int l ? l.value() : null, kmFree.toArray(), slowdowns.toArray(),
                    yields.toArray(), intrFails.toArray());
        }
    }

    /** Whether some entry of function {@code now} is in {@code target} while it was not in {@code before}. */
    private static boolean entered(TraceValue before, TraceValue now, Set<TraceValue> target) {
        if (!(before instanceof TraceValue.Fcn b) || !(now instanceof TraceValue.Fcn n)) {
            return false;
        }
        return n.entries().entrySet().stream().anyMatch(e ->
                target.contains(e.getValue()) && !target.contains(b.entries().get(e.getKey())));
    }

    private static boolean grew(TraceValue before, TraceValue now) {
        return before instanceof TraceValue.Int b && now instanceof TraceValue.Int n && n.value() > b.value();
    }

    /** The highest level worth showing: every kmFree and LOWAT. */
    int maxLevel() {
        int max = Arrays.stream(kmFree).max().orElse(0);
        return Math.max(max, lowat == null ? 0 : lowat);
    }

    /** A growable int array: a boxed list of 10^6 levels is 20 MB, this is 4. */
    private static final class Ints {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
