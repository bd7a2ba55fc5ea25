package kmcheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmcheck.bench.TraceFiles;
import kmcheck.replay.Divergence;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.ReplayReport;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-process replay verdict and plain TLC's verdict on the exported module agree, on
 * controlled java-model traces of several revisions (the buggy ones included: the spec models
 * their bugs, so their traces are behaviours of their own revision's spec, though a state may
 * violate an invariant) and on mutants of them: one variable changed in one step, the initial
 * state changed, two steps swapped, a step dropped, an action renamed (to another action of the
 * spec, and to a name the spec does not know, which both sides check against Next).
 * TLC runs as a child JVM, two at a time.
 */
class ExportDifferentialTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));
    private static final String MODULE = "MCPoolSlowdown";
    private static final Pattern SEQ = Pattern.compile("\"seq\":\\d+");
    private static final Map<String, Replayer> REPLAYERS = new HashMap<>();

    @TempDir
    Path dir;
    @TempDir
    static Path cdsDir;
    private static Path CDS;

    @org.junit.jupiter.api.BeforeAll
    static void archive() {
        CDS = cdsDir.resolve("tlc.jsa");
    }

    private record Case(String name, Path trace, String revision) {
    }

    @AfterAll
    static void closeReplayers() {
        REPLAYERS.values().forEach(Replayer::close);
    }

    @Test
    void replayAndPlainTlcAgree() throws Exception {
        List<Case> cases = new ArrayList<>();
        String[] revisions = {"km1.68", "km1.84", "pool1.166", "km1.67", "km1.77"};
        for (String rev : revisions) {
            for (long seed : rev.equals("km1.68") ? new long[] {1, 2} : new long[] {1}) {
                Path t = TraceFiles.controlled(dir.resolve("good-" + rev.replace('.', '_') + "-" + seed + ".ndjson"),
                        rev, seed, 30);
                cases.add(new Case("good " + rev + " seed " + seed, t, rev));
            }
        }
        // recorded behaviours of buggy revisions that reach a state violating an invariant
        cases.add(new Case("good km1.67 seed 14 (invariant)", TraceFiles.controlled(
                dir.resolve("inv-km1_67-14.ndjson"), "km1.67", 14, 60), "km1.67"));
        cases.add(new Case("good km1.77 seed 81 (invariant)", TraceFiles.controlled(
                dir.resolve("inv-km1_77-81.ndjson"), "km1.77", 81, 60), "km1.77"));
        Path base68 = TraceFiles.controlled(dir.resolve("base68.ndjson"), "km1.68", 7, 30);
        Path base84 = TraceFiles.controlled(dir.resolve("base84.ndjson"), "km1.84", 8, 30);
        Path base166 = TraceFiles.controlled(dir.resolve("base166.ndjson"), "pool1.166", 9, 30);
        cases.add(mutant(base68, "km1.68", "kmFree+1 at step 12", l -> edit(l, 12, "kmFree", +1)));
        cases.add(mutant(base84, "km1.84", "inUse+1 at step 25", l -> edit(l, 25, "inUse", +1)));
        cases.add(mutant(base166, "pool1.166", "uvmFree-1 at the last step", l -> edit(l, l.size() - 1, "uvmFree", -1)));
        cases.add(mutant(base68, "km1.68", "initial kmFree+1", l -> edit(l, 1, "kmFree", +1)));
        cases.add(mutant(base68, "km1.68", "steps 10 and 11 swapped", l -> swap(l, 11)));
        cases.add(mutant(base84, "km1.84", "steps 5 and 6 swapped", l -> swap(l, 6)));
        cases.add(mutant(base166, "pool1.166", "steps 20 and 21 swapped", l -> swap(l, 21)));
        cases.add(mutant(base68, "km1.68", "step 8 dropped", l -> drop(l, 9)));
        cases.add(mutant(base84, "km1.84", "step 15 dropped", l -> drop(l, 16)));
        cases.add(mutant(base166, "pool1.166", "step 3 renamed to another action", l -> rename(l, 4, null)));
        cases.add(mutant(base68, "km1.68", "step 14 renamed to another action", l -> rename(l, 15, null)));
        cases.add(mutant(base84, "km1.84", "step 9 renamed to an unknown action", l -> rename(l, 10, "Bogus")));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> mismatches = new ArrayList<>();
        int diverging = 0;
        int invariants = 0;
        try {
            List<Future<PlainTlc.Outcome>> tlc = new ArrayList<>();
            List<ReplayReport> replays = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Exported e = TraceExporter.export(c.trace(), SPECS, dir.resolve("out" + i));
                if (i == 0) {
                    // the first run writes the class-data archive the others start from
                    PlainTlc.Outcome first = PlainTlc.check(e, Duration.ofSeconds(60), CDS);
                    tlc.add(java.util.concurrent.CompletableFuture.completedFuture(first));
                } else {
                    tlc.add(pool.submit(() -> PlainTlc.check(e, Duration.ofSeconds(60), CDS)));
                }
                replays.add(replay(c));
            }
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                ReplayReport r = replays.get(i);
                PlainTlc.Outcome v = tlc.get(i).get();
                diverging += r.conforms() ? 0 : 1;
                // TLC names an invariant where the recorded state is a state of the spec (or the
                // initial state, which TraceInit always generates); the replay names one also for
                // a recorded state that is no successor, which TLC never reaches.
                String invariant = r.divergence()
                        .filter(d -> d.kind() == Divergence.Kind.INVARIANT_VIOLATED)
                        .flatMap(Divergence::violatedInvariant).orElse(null);
                invariants += invariant != null ? 1 : 0;
                boolean agree = r.conforms() == v.ok()
                        && (invariant == null || invariant.equals(v.violatedInvariant()));
                System.out.printf("%-45s replay %-9s TLC %-9s%s%n", c.name(), r.conforms() ? "conforms" : "diverges",
                        v.ok() ? "ok" : "violation", v.violatedInvariant() != null ? " (" + v.violatedInvariant() + ")" : "");
                if (!agree) {
                    mismatches.add(c.name() + ": replay " + r.render() + "\nTLC (exit " + v.exitCode() + "):\n"
                            + v.output());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(cases.size() >= 20, "at least 20 traces");
        assertTrue(diverging >= 8, "too few traces diverge: " + diverging);
        assertTrue(invariants >= 2, "too few invariant violations: " + invariants);
        assertEquals(List.of(), mismatches);
    }

    /** The replay verdict. */
    private ReplayReport replay(Case c) throws Exception {
        return replayer(c).replay(c.trace());
    }

    private Replayer replayer(Case c) throws Exception {
        Replayer r = REPLAYERS.get(c.revision());
        if (r == null) {
            try (TraceReader reader = TraceReader.open(c.trace())) {
                r = Replayer.load(ReplayModel.fromHeader(SPECS, MODULE, reader.header(),
                        new kmcheck.replay.ReplayModels(SPECS).invariants(MODULE, c.revision())));
            }
            REPLAYERS.put(c.revision(), r);
        }
        return r;
    }

    private Case mutant(Path base, String revision, String what, UnaryOperator<List<String>> f) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(base, StandardCharsets.UTF_8));
        List<String> out = renumber(f.apply(lines));
        Path p = dir.resolve("mutant-" + what.replaceAll("[^A-Za-z0-9]+", "_") + ".ndjson");
        Files.write(p, out, StandardCharsets.UTF_8);
        return new Case("mutant " + revision + ": " + what, p, revision);
    }

    /** Line {@code i} (0 = header) with integer variable {@code var} moved by {@code delta}. */
    private static List<String> edit(List<String> l, int i, String var, int delta) {
        Matcher m = Pattern.compile("\"" + var + "\":(-?\\d+)").matcher(l.get(i));
        assertTrue(m.find(), var + " in line " + i);
        l.set(i, m.replaceFirst("\"" + var + "\":" + (Integer.parseInt(m.group(1)) + delta)));
        return l;
    }

    private static List<String> swap(List<String> l, int i) {
        String a = l.get(i);
        l.set(i, l.get(i + 1));
        l.set(i + 1, a);
        return l;
    }

    private static List<String> drop(List<String> l, int i) {
        l.remove(i);
        return l;
    }

    /** Renames the action of line {@code i}: to {@code to}, or to another action of the spec. */
    private static List<String> rename(List<String> l, int i, String to) {
        Matcher m = Pattern.compile("\"action\":\"([A-Za-z]+)\"").matcher(l.get(i));
        assertTrue(m.find(), "action in line " + i);
        String target = to != null ? to : switch (m.group(1)) {
            case "PStart" -> "PTakeItem";
            case "TTop" -> "TAllocOne";
            case "TAllocOne" -> "TTop";
            default -> "PStart";
        };
        l.set(i, m.replaceFirst("\"action\":\"" + target + "\""));
        return l;
    }

    /** Makes the seq fields consecutive again (the reader insists). */
    private static List<String> renumber(List<String> l) {
        for (int i = 1; i < l.size(); i++) {
            l.set(i, SEQ.matcher(l.get(i)).replaceFirst("\"seq\":" + (i - 1)));
        }
        return l;
    }
}
