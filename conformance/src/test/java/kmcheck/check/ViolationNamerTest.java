package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What of TLC's printed state may become TLA+ text ({@link ViolationNamer#expression}), and what may not. */
class ViolationNamerTest {
    private static final Set<String> CFG = ViolationNamer.cfgWords(
            "CONSTANTS\n  Procs = {p1, p2} \\* a comment naming evil\n  Intrs = {i1}\n(* Block naming worse *)\n");

    @Test
    void aPrintedStateBecomesOneConjunctionNamingItsModelValues() {
        Set<String> values = new LinkedHashSet<>();
        String e = ViolationNamer.expression("/\\ kmFree = 0\n/\\ held = (p1 :> 1 @@ p2 :> -1)\n"
                + "/\\ pc = [p1 |-> \"post\",\n      p2 |-> \"idle\"]\n/\\ s = {<<i1, TRUE>>}", CFG, values);
        assertEquals("/\\ kmFree = 0\n    /\\ held = (p1 :> 1 @@ p2 :> -1)\n    /\\ pc = [p1 |-> \"post\", p2 |-> \"idle\"]"
                + "\n    /\\ s = {<<i1, TRUE>>}", e);
        assertEquals(Set.of("p1", "p2", "i1"), values);
    }

    @Test
    void anythingElseIsRefused() {
        assertRefused("/\\ x = 1 \\* comment", "unexpected text");
        assertRefused("/\\ x = Foo", "'Foo' is not a model value of the cfg");
        assertRefused("/\\ x = evil", "'evil' is not a model value"); // only in a cfg comment
        assertRefused("/\\ x = worse", "'worse' is not a model value");
        assertRefused("/\\ x = \"a\" \n====\nASSUME FALSE", "unexpected text");
        assertRefused("/\\ x = 1\nINVARIANT Foo", "'INVARIANT' is not a model value");
        assertRefused("/\\ x = \"unterminated", "unexpected text");
        assertRefused("/\\ x = CHOOSE", "not a model value");
        assertRefused("/\\ INIT = 1", "not 'variable = value'");
        assertRefused("x = 1", "not a conjunction");
        assertRefused("", "not a conjunction");
    }

    private static void assertRefused(String state, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ViolationNamer.expression(state, CFG, new LinkedHashSet<>()), state);
        assertTrue(e.getMessage().contains(why), state + ": " + e.getMessage());
    }
}
