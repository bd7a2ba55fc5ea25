package kmcheck.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import kmcheck.tracefile.TraceFormatException;
import org.junit.jupiter.api.Test;

class ReserveSeriesTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(ReserveSeriesTest.class.getResource("/" + name).toURI());
    }

    @Test
    void theReserveAndTheProtocolEventsOfAKm168Behaviour() throws Exception {
        ReserveSeries s = ReserveSeries.read(resource("cli/km168-good.ndjson"));
        assertEquals("km1.68", s.revision());
        assertEquals(4, s.lowat());
        assertArrayEquals(new int[] {4, 4, 4, 3, 3, 3, 3, 3, 3, 5, 5, 5, 4, 4}, s.kmFree());
        assertArrayEquals(new int[] {4}, s.slowdowns(), "PKmPost sets slow[p1]");
        assertArrayEquals(new int[] {5}, s.yields(), "PInsert enters yield");
        assertArrayEquals(new int[0], s.intrFails());
        assertEquals(5, s.maxLevel());
    }

    @Test
    void anInterruptFailureIsWhereIntrFailsGrows() throws Exception {
        assertArrayEquals(new int[] {12}, ReserveSeries.read(resource("cli/km168-intr-fails.ndjson")).intrFails());
    }

    @Test
    void aTraceWithoutKmFreeIsBadInputNamingTheLine() throws Exception {
        Path t = resource("replay/toggle-good.ndjson");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> ReserveSeries.read(t));
        assertTrue(e.getMessage().startsWith(t + ":2: no integer kmFree"), e.getMessage());
    }
}
