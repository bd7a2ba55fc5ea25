package kmcheck.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kmcheck.check.ExpectedTable;
import kmcheck.check.ModelEntry;
import kmcheck.check.VerdictKind;
import kmcheck.replay.Replayer;
import kmcheck.replay.StateSpace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every correct revision's models together reach every action of the spec, every control place
 * and every coverage witness ({@code Witness*} in PoolSlowdown.tla), except what
 * specs/coverage.tsv lists with its reason; a listed item that some model does reach fails too,
 * so the list cannot go stale. The reachable graphs are TLC's (breadth-first, in process).
 */
class ModelCoverageTest {
    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();
    private static final int MAX_STATES = 2_000_000;

    static Stream<String> correctRevisions() throws Exception {
        return ExpectedTable.load(SPECS).models().stream()
                .filter(m -> m.expected().kind() == VerdictKind.OK)
                .map(ModelEntry::revision).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctRevisions")
    void modelsReachEveryActionPlaceAndWitness(String revision) throws Exception {
        Set<String> universe = new TreeSet<>();
        Set<String> reached = new TreeSet<>();
        Map<String, String> perModel = new LinkedHashMap<>();
        for (ModelEntry m : modelsOf(revision)) {
            StateSpace space = Replayer.explore(SPECS, m.module(), m.cfg(SPECS), MAX_STATES);
            assertTrue(space.complete(), m.name() + " has more than " + MAX_STATES + " states");
            universe.addAll(space.actions());
            universe.addAll(space.allPlaces());
            universe.addAll(space.witnesses());
            Set<String> here = new TreeSet<>();
            space.places().values().forEach(here::addAll);
            int witnessed = 0;
            for (List<StateSpace.Edge> edges : space.out().values()) {
                for (StateSpace.Edge e : edges) {
                    here.add(e.action());
                    witnessed |= e.witnesses();
                }
            }
            here.addAll(space.witnessNames(witnessed));
            reached.addAll(here);
            perModel.put(m.name(), space.stateCount() + " states");
        }
        Set<String> unreached = new TreeSet<>(universe);
        unreached.removeAll(reached);
        Map<String, String> excused = exceptions(revision);
        Set<String> stale = new TreeSet<>(excused.keySet());
        stale.retainAll(reached);
        Set<String> unexcused = new TreeSet<>(unreached);
        unexcused.removeAll(excused.keySet());
        assertEquals(Set.of(), unexcused, revision + ": unreached by " + perModel + " and not in specs/coverage.tsv");
        assertEquals(Set.of(), stale, revision + ": listed as unreached in specs/coverage.tsv but reached");
        Set<String> unknown = new TreeSet<>(excused.keySet());
        unknown.removeAll(universe);
        assertEquals(Set.of(), unknown, revision + ": specs/coverage.tsv names what the spec does not have");
    }

    /** The revision's models make test checks: not deep, not under another scheduling rule. */
    private static List<ModelEntry> modelsOf(String revision) throws Exception {
        return ExpectedTable.load(SPECS).models().stream()
                .filter(m -> m.revision().equals(revision) && !m.deep() && !overridesSched(m))
                .toList();
    }

    private static boolean overridesSched(ModelEntry m) {
        try {
            return Files.readAllLines(m.cfg(SPECS)).stream().anyMatch(l -> l.strip().startsWith("SCHED"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> exceptions(String revision) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(SPECS.resolve("coverage.tsv"))) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f[0].equals("revision") || line.isBlank()) {
                continue;
            }
            if (f.length != 3) {
                throw new IllegalArgumentException("specs/coverage.tsv: not 3 columns: " + line);
            }
            if (f[0].equals(revision)) {
                out.put(f[1], f[2]);
            }
        }
        return out;
    }
}
