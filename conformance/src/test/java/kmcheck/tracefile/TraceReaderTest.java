package kmcheck.tracefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceReaderTest {
    private static final String HEADER =
            "{\"kind\":\"header\",\"spec\":\"T\",\"revision\":\"r1\",\"constants\":{\"Procs\":{\"set\":[\"p1\",\"p2\"]},\"N\":2}}";

    @TempDir
    Path dir;

    @Test
    void readsHeaderAndStepsOfTheResourceTrace() throws Exception {
        Path file = resource("/replay/lock-good.ndjson");
        try (TraceReader r = TraceReader.open(file)) {
            assertEquals("LockCounter", r.header().spec());
            assertEquals(Set.of("p1", "p2"), r.header().modelValues());
            assertEquals(new TraceValue.SetVal(List.of(new TraceValue.ModelVal("p1"), new TraceValue.ModelVal("p2"))),
                    r.header().constants().get("Procs"));
            List<TraceStep> steps = new ArrayList<>();
            for (TraceStep s; (s = r.next()) != null; ) {
                steps.add(s);
            }
            assertEquals(10, steps.size());
            assertEquals(2, steps.get(0).line());
            assertEquals("Acquire", steps.get(3).action());
        }
    }

    @Test
    void decodesEveryValueShape() throws Exception {
        Path f = write(HEADER, step(0, "Init",
                "\"i\":-3,\"b\":true,\"s\":\"x\",\"m\":\"p1\",\"set\":{\"set\":[1,{\"set\":[]}]},"
                        + "\"fi\":{\"0\":false,\"1\":true},\"fm\":{\"p1\":1,\"p2\":2},\"rec\":{\"set\":5,\"op\":\"p2\"}"));
        try (TraceReader r = TraceReader.open(f)) {
            Map<String, TraceValue> st = r.next().state();
            assertEquals(new TraceValue.Int(-3), st.get("i"));
            assertEquals(new TraceValue.Bool(true), st.get("b"));
            assertEquals(new TraceValue.Str("x"), st.get("s"));
            assertEquals(new TraceValue.ModelVal("p1"), st.get("m"));
            assertEquals("{1, {}}", st.get("set").toTla());
            assertEquals("(0 :> FALSE @@ 1 :> TRUE)", st.get("fi").toTla());
            assertEquals("(p1 :> 1 @@ p2 :> 2)", st.get("fm").toTla());
            // a field named "set" whose value is not an array is a record field, not a set
            assertEquals("(\"set\" :> 5 @@ \"op\" :> p2)", st.get("rec").toTla());
            assertNull(r.next());
        }
    }

    @Test
    void setsAreEqualRegardlessOfOrder() {
        TraceValue a = new TraceValue.SetVal(List.of(new TraceValue.Int(1), new TraceValue.Str("x")));
        TraceValue b = new TraceValue.SetVal(List.of(new TraceValue.Str("x"), new TraceValue.Int(1)));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "malformed JSON        | 3 | malformed JSON      | {\"kind\":\"step\",\"seq\":1,",
        "seq not consecutive   | 3 | not consecutive     | " + "{\"kind\":\"step\",\"seq\":2,\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":1}}",
        "missing variable      | 3 | missing variable \"x\" | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"A\",\"state\":{}}",
        "unknown variable      | 3 | unknown variable \"y\" | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":1,\"y\":2}}",
        "float                 | 3 | is not an integer   | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":1.5}}",
        "untagged array        | 3 | untagged array      | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":[1]}}",
        "null                  | 3 | not a trace value   | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":null}}",
        "wide integer          | 3 | 32-bit              | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":4294967296}}",
        "seq is a string       | 3 | must be an integer  | {\"kind\":\"step\",\"seq\":\"1\",\"actor\":\"p1\",\"action\":\"A\",\"state\":{\"x\":1}}",
        "missing actor         | 3 | missing field \"actor\" | {\"kind\":\"step\",\"seq\":1,\"action\":\"A\",\"state\":{\"x\":1}}",
        "unknown field         | 3 | unknown step field  | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p\",\"action\":\"A\",\"state\":{\"x\":1},\"t\":0}",
        "duplicate field       | 3 | duplicate field     | {\"kind\":\"step\",\"seq\":1,\"seq\":1,\"actor\":\"p\",\"action\":\"A\",\"state\":{\"x\":1}}",
        "duplicate set element | 3 | duplicate set element | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p\",\"action\":\"A\",\"state\":{\"x\":{\"set\":[1,1]}}}",
        "set with extra key    | 3 | single key          | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p\",\"action\":\"A\",\"state\":{\"x\":{\"set\":[1],\"y\":2}}}",
        "two objects on a line | 3 | trailing content    | {\"kind\":\"step\",\"seq\":1,\"actor\":\"p\",\"action\":\"A\",\"state\":{\"x\":1}} {}",
        "blank line            | 3 | blank line          | ''",
        "header twice          | 3 | expected \"kind\":\"step\" | {\"kind\":\"header\",\"seq\":1,\"actor\":\"p\",\"action\":\"A\",\"state\":{\"x\":1}}",
    })
    void rejectsLineThreeWithFileLineAndReason(String name, int line, String reason, String third) throws Exception {
        Path f = write(HEADER, step(0, "Init", "\"x\":0"), third, step(3, "A", "\"x\":0"));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(f));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":" + line + ": "), e.getMessage());
        assertTrue(e.reason().contains(reason), e.getMessage());
    }

    @Test
    void truncatedLastLine() throws Exception {
        Path f = dir.resolve("t.ndjson");
        Files.writeString(f, HEADER + "\n" + step(0, "Init", "\"x\":0") + "\n" + "{\"kind\":\"step\",\"seq\":1,\"act");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(f));
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("truncated last line"), e.getMessage());
    }

    @Test
    void lastLineWithoutNewlineIsFineIfComplete() throws Exception {
        Path f = dir.resolve("t.ndjson");
        Files.writeString(f, HEADER + "\n" + step(0, "Init", "\"x\":0"));
        assertEquals(1, readAll(f));
    }

    @Test
    void headerMissing() throws Exception {
        Path f = write(step(0, "Init", "\"x\":0"));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(f));
        assertEquals(1, e.line());
        assertTrue(e.reason().startsWith("header missing"), e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = write();
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(f));
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("header missing"), e.getMessage());
    }

    @Test
    void noSteps() throws Exception {
        Path f = write(HEADER);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(f));
        assertEquals(2, e.line());
    }

    @Test
    void stepZeroMustBeInit() throws Exception {
        Path f = write(HEADER, step(0, "Want", "\"x\":0"));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(f));
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("\"Init\""), e.getMessage());
    }

    @Test
    void expectedVariablesAreEnforcedFromStepZero() throws Exception {
        Path f = write(HEADER, step(0, "Init", "\"x\":0"));
        try (TraceReader r = TraceReader.open(f)) {
            r.expectVariables(Set.of("x", "y"));
            TraceFormatException e = assertThrows(TraceFormatException.class, r::next);
            assertEquals(2, e.line());
            assertTrue(e.reason().contains("missing variable \"y\""), e.getMessage());
        }
    }

    private static String step(int seq, String action, String state) {
        return "{\"kind\":\"step\",\"seq\":" + seq + ",\"actor\":\"p1\",\"action\":\"" + action + "\",\"state\":{"
                + state + "}}";
    }

    private Path write(String... lines) throws IOException {
        Path f = dir.resolve("t.ndjson");
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    private static int readAll(Path f) throws IOException, TraceFormatException {
        int n = 0;
        try (TraceReader r = TraceReader.open(f)) {
            while (r.next() != null) {
                n++;
            }
        }
        return n;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TraceReaderTest.class.getResource(name).toURI());
    }
}
