package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReserveSeriesTest {

    @Test
    void theReserveAndTheProtocolEventsOfAKm168Behaviour() throws Exception {
        ReserveSeries s = ReserveSeries.read(Cli.resource("cli/km168-good.ndjson"));
        assertEquals("km1.68", s.revision());
        assertEquals(4, s.lowat());
        assertEquals(List.of(4, 4, 4, 3, 3, 3, 3, 3, 3, 5, 5, 5, 4, 4), s.kmFree());
        assertEquals(List.of(4), s.slowdowns(), "PKmPost sets slow[p1]");
        assertEquals(List.of(5), s.yields(), "PInsert enters yield");
        assertEquals(List.of(), s.intrFails());
        assertEquals(5, s.maxLevel());
    }

    @Test
    void anInterruptFailureIsWhereIntrFailsGrows() throws Exception {
        assertEquals(List.of(12), ReserveSeries.read(Cli.resource("cli/km168-intr-fails.ndjson")).intrFails());
    }

    @Test
    void aTraceWithoutKmFreeIsBadInput() {
        assertThrows(BadInputException.class, () -> ReserveSeries.read(Cli.resource("replay/toggle-good.ndjson")));
    }
}
