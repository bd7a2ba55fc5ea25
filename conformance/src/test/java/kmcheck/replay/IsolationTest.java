package kmcheck.replay;

import static kmcheck.replay.Fixtures.model;
import static kmcheck.replay.Fixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two specs with different variables, loaded into one JVM and used alternately: each keeps its
 * own TLC statics, so each gives the right verdict on a good and a bad trace every time.
 */
class IsolationTest {

    @Test
    void specAThenSpecBThenAAgainInOneJvm() throws Exception {
        try (Replayer a = Replayer.load(model("MCLockCounter", "lock-good.ndjson", "TypeOK", "Mutex"))) {
            assertTrue(a.replay(resource("lock-good.ndjson")).conforms());
            assertEquals(4, a.replay(resource("lock-wrong-successor.ndjson")).divergence().orElseThrow().seq());

            try (Replayer b = Replayer.load(model("Toggle", "toggle-good.ndjson", "TypeOK"))) {
                assertEquals(List.of("x", "on"), b.variables());
                assertTrue(b.replay(resource("toggle-good.ndjson")).conforms());
                Divergence d = b.replay(resource("toggle-bad.ndjson")).divergence().orElseThrow();
                assertEquals(1, d.seq());
                assertEquals(Divergence.Kind.NOT_ENABLED, d.kind());

                // A still works while B is loaded: loading B did not clobber A's statics.
                assertTrue(a.replay(resource("lock-good.ndjson")).conforms());
                assertEquals(4, a.replay(resource("lock-wrong-successor.ndjson")).divergence().orElseThrow().seq());
                assertFalse(b.replay(resource("toggle-bad.ndjson")).conforms());
            }
        }
        // and a fresh load after both are closed
        try (Replayer b = Replayer.load(model("Toggle", "toggle-good.ndjson", "TypeOK"))) {
            assertTrue(b.replay(resource("toggle-good.ndjson")).conforms());
        }
    }

    @Test
    void eachReplayerHasItsOwnCopyOfTlc() throws Exception {
        try (Replayer a = Replayer.load(model("Toggle", "toggle-good.ndjson", "TypeOK"));
             Replayer b = Replayer.load(model("Toggle", "toggle-good.ndjson", "TypeOK"))) {
            Class<?> ta = Class.forName("tlc2.tool.TLCState", false, engineLoader(a));
            Class<?> tb = Class.forName("tlc2.tool.TLCState", false, engineLoader(b));
            Class<?> app = Class.forName("tlc2.tool.TLCState", false, IsolationTest.class.getClassLoader());
            assertFalse(ta == tb);
            assertFalse(ta == app);
        }
    }

    private static ClassLoader engineLoader(Replayer r) throws ReflectiveOperationException {
        java.lang.reflect.Field f = Replayer.class.getDeclaredField("loader");
        f.setAccessible(true);
        return (ClassLoader) f.get(r);
    }
}
