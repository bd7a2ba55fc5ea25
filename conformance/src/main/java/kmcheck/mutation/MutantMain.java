package kmcheck.mutation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kmcheck.campaign.Campaign;
import kmcheck.campaign.Conformer;
import kmcheck.campaign.RevisionResult;
import kmcheck.campaign.Steering;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelConfig;
import kmcheck.check.TlcChildMain;
import kmcheck.check.VerdictKind;
import kmcheck.replay.ReplayModels;
import kmcheck.trace.TraceLevel;
import kmcheck.trace.TraceWriter;

/**
 * The child JVM of {@link JavaMutants}, with a mutant of the Java model first on its class path:
 * {@code MutantMain <scratch> <specs> <revision> <expected> <seeds> <maxTries> <model cfg>}, the runs
 * with that model's constants, judged by that model's invariants (the revision's {@code _small}
 * model's that it also checks; a buggy revision's model past its bug, the invariant expected.tsv
 * says it breaks unchecked). Runs the
 * revision's campaign for each seed, random and guided at the full level and random at the
 * kernel level, and prints one tab-separated line: per mode the median tries (a seed that never
 * caught it counts as more than maxTries) and how many seeds caught it, then the verdict on the
 * full level (killed; ALIVE; WRONG naming what else was found). At the kernel level the unlogged
 * variables may move the divergence to a later step and another kind: the cell names the kinds.
 * Dies with its parent ({@link TlcChildMain#watchParent}).
 */
public final class MutantMain {
    private MutantMain() {
    }

    public static void main(String[] args) throws Exception {
        TlcChildMain.watchParent(Path.of(args[0]));
        Path specs = Path.of(args[1]);
        String revision = args[2];
        String expected = args[3];
        int seeds = Integer.parseInt(args[4]);
        int maxTries = Integer.parseInt(args[5]);
        Path cfg = Path.of(args[6]);
        List<String> wrong = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        boolean caught = false;
        // judged by the invariants of the model whose constants the runs use: km168_wake's are beyond
        // the NoBadIntrFail bound, and a steered run finds the failing interrupt the spec allows there
        Set<String> unchecked = new HashSet<>(new ReplayModels(specs).invariants(TraceWriter.MODULE, revision));
        unchecked.removeAll(ModelConfig.read(cfg).invariants());
        // a buggy revision's model is judged past its bug, as ProtocolKillersTest's runs are: the
        // invariant expected.tsv says it breaks is unchecked, and the mutant must be caught otherwise
        String model = cfg.getFileName().toString().replaceFirst("\\.cfg$", "");
        ExpectedTable.load(specs).find(model).filter(m -> m.expected().kind() != VerdictKind.OK)
                .ifPresent(m -> unchecked.add(m.expected().property()));
        try (Conformer conformer = new Conformer(specs, unchecked)) {
            for (int mode = 0; mode < 3; mode++) {
                List<Integer> tries = new ArrayList<>();
                java.util.Set<String> kinds = new java.util.TreeSet<>();
                for (int seed = 1; seed <= seeds; seed++) {
                    conformer.forgetVisits();
                    RevisionResult r = new Campaign(specs, 1, null, mode == 1 ? Steering.GUIDED : Steering.RANDOM, mode == 2 ? TraceLevel.KERNEL
                            : TraceLevel.FULL, cfg).runOne(conformer, revision, "-", maxTries, seed);
                    String what = r.first().map(RevisionResult.Violation::what).orElse(null);
                    if (what != null && (what.equals(expected) || mode == 2)) {
                        tries.add(r.first().get().tryNumber());
                        kinds.add(what);
                    } else {
                        tries.add(maxTries + 1);
                        if (what != null) {
                            wrong.add(what);
                        }
                    }
                }
                long found = tries.stream().filter(t -> t <= maxTries).count();
                caught |= mode < 2 && found > 0;
                Collections.sort(tries);
                int median = tries.get(tries.size() / 2);
                cells.add((median > maxTries ? ">" + maxTries : "median " + median) + " (" + found + "/" + seeds + ")"
                        + (mode == 2 && !kinds.isEmpty() ? " " + String.join(",", kinds) : ""));
            }
        }
        String verdict = !wrong.isEmpty() ? "WRONG: " + String.join(", ", new java.util.TreeSet<>(wrong))
                : caught ? "killed" : "ALIVE";
        System.out.println(String.join("\t", cells) + "\t" + verdict);
        System.out.flush();
        // exit, not halt: the shutdown hooks remove this JVM's scratch root
        System.exit(0);
    }
}
