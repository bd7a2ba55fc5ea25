package kmcheck.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** TLC's printed values split into the leaves a step table names. */
class PrintedValueTest {
    @Test
    void functionsBecomeOneLeafPerKeyStringsLoseTheirQuotes() {
        assertEquals(Map.of("pc[p1]", "idle", "pc[p2]", "get"),
                PrintedValue.leaves("pc", "(p1 :> \"idle\" @@ p2 :> \"get\")"));
        assertEquals(Map.of("poolPages[0]", "0", "poolPages[1]", "3"),
                PrintedValue.leaves("poolPages", "(0 :> 0 @@ 1 :> 3)"));
    }

    @Test
    void tuplesRecordsAndNestingAreSplitSetsAreNot() {
        assertEquals(Map.of("x[1]", "a", "x[2].f", "1", "x[2].g", "{p1, p2}"),
                PrintedValue.leaves("x", "<<\"a\", [f |-> 1, g |-> {p1, p2}]>>"));
    }

    @Test
    void scalarsAreThemselves() {
        assertEquals(Map.of("kmFree", "-3"), PrintedValue.leaves("kmFree", "-3"));
        assertEquals(Map.of("tAsleep", "TRUE"), PrintedValue.leaves("tAsleep", "TRUE"));
        assertEquals(Map.of("s", "a|b"), PrintedValue.leaves("s", "\"a|b\""));
    }

    @Test
    void textTheGrammarDoesNotKnowStaysOneLeafUnchanged() {
        assertEquals(Map.of("f", "[x \\in {1} |-> 2]"), PrintedValue.leaves("f", "[x \\in {1} |-> 2]"));
        assertEquals(Map.of("g", "(1 :> 2"), PrintedValue.leaves("g", "(1 :> 2"));
    }
}
