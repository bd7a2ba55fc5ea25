package kmcheck.replay;

import java.util.List;
import java.util.Map;
import kmcheck.tracefile.TraceValue;

/**
 * A Java re-implementation of the toy spec LockCounter (Max = 3, Procs = {p1, p2}) that writes
 * its behaviour as trace lines, for the throughput measurement and the property tests.
 * Not thread-safe.
 */
final class LockCounterSim {
    static final int MAX = 3;
    static final String[] ACTIONS = {"Want", "Acquire", "Incr", "Release"};

    private final String[] pc = {"idle", "idle"};
    private final boolean[] seen = new boolean[MAX + 1];
    private int count;
    private int n;
    private String op = "none";
    private int holder = -1;
    private int seq;

    LockCounterSim() {
        seen[0] = true;
    }

    static ReplayModel model() {
        return new ReplayModel(Fixtures.specsDir(), "MCLockCounter",
                Map.of("Procs", new TraceValue.SetVal(List.of(new TraceValue.ModelVal("p1"), new TraceValue.ModelVal("p2"))),
                        "Max", new TraceValue.Int(MAX)),
                List.of("TypeOK", "Mutex"), "Init", "Next");
    }

    static String header() {
        return "{\"kind\":\"header\",\"spec\":\"LockCounter\",\"revision\":\"sim\",\"constants\":"
                + "{\"Procs\":{\"set\":[\"p1\",\"p2\"]},\"Max\":" + MAX + "}}";
    }

    /** Step 0. */
    String init() {
        return line("init", "Init");
    }

    /** Performs ACTIONS[action] by process p (0 or 1) if enabled: its line, or null if disabled. */
    String step(int action, int p) {
        switch (action) {
            case 0 -> {
                if (!pc[p].equals("idle")) {
                    return null;
                }
                pc[p] = "want";
            }
            case 1 -> {
                if (!pc[p].equals("want") || holder >= 0) {
                    return null;
                }
                pc[p] = "cs";
                holder = p;
                op = "acquire";
            }
            case 2 -> {
                if (!pc[p].equals("cs")) {
                    return null;
                }
                count = (count + 1) % (MAX + 1);
                seen[count] = true;
                op = "incr";
                n = (n + 1) % 7;
            }
            default -> {
                if (!pc[p].equals("cs")) {
                    return null;
                }
                pc[p] = "idle";
                holder = -1;
                op = "release";
            }
        }
        return line("p" + (p + 1), ACTIONS[action]);
    }

    private String line(String actor, String action) {
        StringBuilder s = new StringBuilder("{\"kind\":\"step\",\"seq\":").append(seq++)
                .append(",\"actor\":\"").append(actor).append("\",\"action\":\"").append(action)
                .append("\",\"state\":{\"holder\":{\"set\":[").append(holder < 0 ? "" : "\"p" + (holder + 1) + "\"")
                .append("]},\"pc\":{\"p1\":\"").append(pc[0]).append("\",\"p2\":\"").append(pc[1])
                .append("\"},\"count\":").append(count).append(",\"seen\":{");
        for (int i = 0; i <= MAX; i++) {
            s.append(i == 0 ? "" : ",").append('"').append(i).append("\":").append(seen[i]);
        }
        return s.append("},\"last\":{\"op\":\"").append(op).append("\",\"n\":").append(n)
                .append("},\"busy\":").append(holder >= 0).append("}}").toString();
    }
}
