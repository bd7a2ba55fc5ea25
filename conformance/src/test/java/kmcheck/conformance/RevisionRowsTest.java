package kmcheck.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kmcheck.config.Revision;
import kmcheck.replay.ReplayException;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceValue;
import org.junit.jupiter.api.Test;

/**
 * The Java model's {@link Revision} rows are the spec's RevisionTable as TLC evaluates it
 * (specs/KmReserve.tla): the same revisions, the same flag names, the same value of every flag.
 * A column added to the spec, or a flag flipped on one side, fails here.
 */
class RevisionRowsTest {
    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();
    private static final Path CFG = SPECS.resolve("MCPoolSlowdown_km168_small.cfg");

    @Test
    void javaRowsAreTheSpecsRevisionTable() throws Exception {
        Map<String, Map<String, String>> spec = specRows();
        Map<String, Map<String, String>> java = new TreeMap<>();
        for (Revision r : Revision.values()) {
            java.put(r.id(), javaRow(r));
        }
        assertEquals(spec.keySet(), java.keySet(), "revisions");
        for (String id : spec.keySet()) {
            assertEquals(spec.get(id), java.get(id), "the row of " + id);
        }
    }

    @Test
    void anUnknownDefinitionIsNamed() {
        ReplayException e = assertThrows(ReplayException.class,
                () -> Replayer.evaluate(SPECS, "MCPoolSlowdown", CFG, "NoSuchTable"));
        assertTrue(e.getMessage().contains("NoSuchTable"), e.getMessage());
    }

    /** RevisionTable as TLC evaluates it: revision id to field name to the field's printed value. */
    private static Map<String, Map<String, String>> specRows() throws ReplayException {
        TraceValue table = Replayer.evaluate(SPECS, "MCPoolSlowdown", CFG, "RevisionTable");
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (Map.Entry<TraceValue, TraceValue> row : ((TraceValue.Fcn) table).entries().entrySet()) {
            Map<String, String> fields = new TreeMap<>();
            ((TraceValue.Fcn) row.getValue()).entries().forEach((k, v) -> fields.put(text(k), text(v)));
            rows.put(text(row.getKey()), fields);
        }
        return rows;
    }

    private static String text(TraceValue v) {
        if (v instanceof TraceValue.Str s) {
            return s.value();
        }
        if (v instanceof TraceValue.Bool b) {
            return Boolean.toString(b.value()).toUpperCase();
        }
        throw new AssertionError("RevisionTable holds a value that is neither a string nor a boolean: " + v);
    }

    /** The Java row under the spec's field names. */
    private static Map<String, String> javaRow(Revision r) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("waitok", flag(r.waitok()));
        row.put("slowdown", flag(r.slowdown()));
        row.put("sleepHolding", flag(r.sleepHolding()));
        row.put("postUnlocked", flag(r.postUnlocked()));
        row.put("wakeOnFail", flag(r.wakeOnFail()));
        row.put("recheck", flag(r.recheck()));
        row.put("bounded", flag(r.bounded()));
        row.put("putpage", lowerCamel(r.putPage().name()));
        row.put("yield", lowerCamel(r.yield().name()));
        row.put("roundLocked", flag(r.roundLocked()));
        row.put("kva", flag(r.kva()));
        return new TreeMap<>(row);
    }

    private static String flag(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** AFTER_INSERT to afterInsert, the spec's spelling of the Java constant. */
    private static String lowerCamel(String constant) {
        String[] words = constant.toLowerCase().split("_");
        return words[0] + Arrays.stream(words).skip(1)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    @Test
    void lowerCamelSpellsTheSpecsStrings() {
        assertEquals(Set.of("push", "inline", "freelist"), Arrays.stream(Revision.PutPage.values())
                .map(p -> lowerCamel(p.name())).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("beforeInsert", lowerCamel("BEFORE_INSERT"));
    }
}
