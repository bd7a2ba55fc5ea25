package kmcheck.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random schedules of the LockCounter simulator conform; flipping {@code busy} in any one step
 * makes the replay diverge exactly there, with exactly that variable in the diff.
 */
class RandomBehaviourTest {
    private static Replayer replayer;

    @Property(tries = 100)
    void randomBehavioursConform(@ForAll @Size(max = 80) List<@IntRange(max = 7) Integer> schedule)
            throws Exception {
        List<String> lines = behaviour(schedule);
        ReplayReport r = replay(lines);
        assertTrue(r.conforms(), r.render());
        assertEquals(lines.size() - 1, r.stepsRead());
    }

    @Property(tries = 100)
    void oneFlippedVariableDivergesAtItsStep(@ForAll @Size(min = 1, max = 80) List<@IntRange(max = 7) Integer> schedule,
                                             @ForAll @IntRange(min = 0, max = 1000) int pick) throws Exception {
        List<String> lines = behaviour(schedule);
        int seq = pick % (lines.size() - 1);
        String line = lines.get(seq + 1);
        lines.set(seq + 1, line.contains("\"busy\":true")
                ? line.replace("\"busy\":true", "\"busy\":false")
                : line.replace("\"busy\":false", "\"busy\":true"));
        ReplayReport r = replay(lines);
        Divergence d = r.divergence().orElseThrow();
        assertEquals(seq, d.seq(), r.render());
        assertEquals(seq, r.matchedPrefix());
        // the step's action is enabled (the unflipped trace conforms), so this is a wrong successor
        assertEquals(seq == 0 ? Divergence.Kind.NOT_INITIAL : Divergence.Kind.WRONG_SUCCESSOR, d.kind(), r.render());
        assertEquals(List.of("busy"), d.diffs().stream().map(VarDiff::variable).toList(), r.render());
    }

    /** Header and steps; each schedule entry picks an action (mod 4) and a process (div 4). */
    private static List<String> behaviour(List<Integer> schedule) {
        LockCounterSim sim = new LockCounterSim();
        List<String> lines = new ArrayList<>(List.of(LockCounterSim.header(), sim.init()));
        for (int choice : schedule) {
            String step = sim.step(choice % 4, choice / 4);
            if (step != null) {
                lines.add(step);
            }
        }
        return lines;
    }

    private static ReplayReport replay(List<String> lines) throws Exception {
        Path f = Files.createTempFile("kmcheck-prop-", ".ndjson");
        try {
            Files.write(f, lines);
            return replayer().replay(f);
        } finally {
            Files.delete(f);
        }
    }

    private static Replayer replayer() throws ReplayException, kmcheck.replay.ConstantsRejectedException {
        if (replayer == null) {
            replayer = Replayer.load(LockCounterSim.model());
        }
        return replayer;
    }

    @AfterContainer
    static void close() {
        if (replayer != null) {
            replayer.close();
            replayer = null;
        }
    }
}
