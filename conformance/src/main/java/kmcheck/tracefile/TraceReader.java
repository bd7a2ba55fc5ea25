package kmcheck.tracefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streaming reader of ndjson traces (specs/TRACE.md#trace-schema). Only the current line is held in memory.
 *
 * <p>Every deviation from the schema is a {@link TraceFormatException} naming the file and line:
 * malformed JSON, a truncated last line, a missing header, unknown or missing fields, missing or
 * unknown variables, values of a shape the schema does not know, non-consecutive {@code seq}.
 * The set of variables is either given by {@link #expectVariables} (the replay engine passes the
 * spec's variables) or fixed by step 0.
 *
 * <p>Not thread-safe; one pass over one file per instance.
 */
public final class TraceReader implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Reader reader;
    private final LineSource lines;
    private final TraceHeader header;
    private final Set<String> modelValues;
    private Set<String> variables;
    private long nextSeq;
    /** whether seq may skip numbers: steps the implementation did not log */
    private boolean gaps;

    private TraceReader(Path file, Reader reader) throws IOException, TraceFormatException {
        this.file = file;
        this.reader = reader;
        this.lines = new LineSource(reader, MAX_LINE_CHARS);
        if (!advance()) {
            throw new TraceFormatException(file, 1, "empty file: header missing");
        }
        this.header = new LineParser().header();
        this.modelValues = header.modelValues();
    }

    /**
     * The longest line a trace may have, in characters (16 Mi). A longer line is bad input, not
     * an out-of-memory error: a line is held whole while it is parsed.
     */
    public static final int MAX_LINE_CHARS = 1 << 24;

    /** The name a trace read from standard input goes by in messages. */
    public static final Path STDIN = Path.of("<stdin>");

    /**
     * Opens a trace and reads its header.
     *
     * @throws TraceFormatException if line 1 is not a well-formed header
     */
    public static TraceReader open(Path file) throws IOException, TraceFormatException {
        return open(Files.newBufferedReader(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Reads a trace from {@code in} (UTF-8 already decoded, malformed input reported), which
     * messages call {@code name}; the reader closes {@code in}.
     */
    public static TraceReader open(Reader in, Path name) throws IOException, TraceFormatException {
        try {
            return new TraceReader(name, in);
        } catch (IOException | TraceFormatException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** A trace held in memory as lines (header first), e.g. one the Java model just wrote. */
    public static TraceReader of(java.util.List<String> lines, Path name) throws IOException, TraceFormatException {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return open(new java.io.StringReader(b.toString()), name);
    }

    /**
     * Step {@code seq} of a trace with this header line, read alone: for a scheduler that steers
     * a run by the state it has just recorded.
     */
    public static TraceStep step(String header, String line, long seq, Path name)
            throws IOException, TraceFormatException {
        try (TraceReader r = of(java.util.List.of(header, line), name)) {
            r.nextSeq = seq;
            return r.next();
        }
    }

    /** A decoder that reports malformed UTF-8 instead of replacing it, for {@link #open(Reader, Path)}. */
    public static Reader utf8(java.io.InputStream in) {
        return new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
    }

    /** {@link LineSource#next}, with its failures as schema errors naming the line. */
    private boolean advance() throws IOException, TraceFormatException {
        try {
            return lines.next();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new TraceFormatException(file, lines.number() + 1, "invalid UTF-8 (" + e.getMessage() + ")", e);
        } catch (LineSource.TooLong e) {
            throw new TraceFormatException(file, lines.number() + 1, "line longer than " + MAX_LINE_CHARS
                    + " characters, the most a trace line may have", e);
        }
    }

    /** The trace file. */
    public Path file() { return file; }

    /** The header (line 1). */
    public TraceHeader header() { return header; }

    /** Requires every step to bind exactly these variables; call before the first {@link #next}. */
    public void expectVariables(Set<String> names) {
        this.variables = Set.copyOf(names);
    }

    /** Accept seq numbers that skip (each step after at least one more than the last). */
    public void allowGaps() {
        this.gaps = true;
    }

    /**
     * Reads the next step.
     *
     * @return the step, or {@code null} at the end of the trace
     */
    public TraceStep next() throws IOException, TraceFormatException {
        if (!advance()) {
            if (nextSeq == 0) {
                throw new TraceFormatException(file, lines.number() + 1, "no steps after the header");
            }
            return null;
        }
        TraceStep step = new LineParser().step();
        nextSeq = step.seq() + 1;
        return step;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Parses the current line; one instance per line, so its state never outlives the line. */
    private final class LineParser {
        private final int line = lines.number();
        private JsonParser p;

        TraceHeader header() throws IOException, TraceFormatException {
            return parse(true).header;
        }

        TraceStep step() throws IOException, TraceFormatException {
            return parse(false).step;
        }

        private Parsed parse(boolean expectHeader) throws IOException, TraceFormatException {
            if (lines.length() == 0) {
                throw fail(lines.terminated() ? "blank line" : "truncated last line: it is empty");
            }
            if (lines.chars()[0] == '\uFEFF') {
                throw fail("starts with a byte order mark; a trace is UTF-8 without one");
            }
            try (JsonParser parser = JSON.createParser(lines.chars(), 0, lines.length())) {
                p = parser;
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw fail("expected a JSON object");
                }
                Parsed result = expectHeader ? headerFields() : stepFields();
                if (p.nextToken() != null) {
                    throw fail(at() + "trailing content after the JSON object (one object per line)");
                }
                return result;
            } catch (JsonProcessingException e) {
                // syntax errors, numbers that do not fit (a seq of 2^63), and jackson's limits on
                // nesting depth and number length are all malformed input, named by line
                String why = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
                if (!lines.terminated() && e instanceof JsonEOFException) {
                    throw fail("truncated last line (no newline at end of file): " + why, e);
                }
                String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                throw fail("malformed JSON" + where + ": " + why, e);
            }
        }

        private Parsed headerFields() throws IOException, TraceFormatException {
            String kind = null;
            String spec = null;
            String module = null;
            String revision = null;
            Map<String, TraceValue> constants = null;
            java.util.List<String> logged = java.util.List.of();
            Set<String> mvs = new HashSet<>();
            String unknown = null;
            Set<String> seen = new HashSet<>();
            for (String field; (field = nextField(seen)) != null; ) {
                switch (field) {
                    case "kind" -> kind = string(field);
                    case "spec" -> spec = string(field);
                    case "module" -> module = string(field);
                    case "revision" -> revision = string(field);
                    case "constants" -> constants = constants(mvs);
                    case "logged" -> logged = names("logged", "variable");
                    default -> {
                        // reported after "kind": a step on line 1 means the header is missing
                        unknown = unknown == null ? at() + "unknown header field \"" + field + "\"" : unknown;
                        p.skipChildren();
                    }
                }
            }
            if (!"header".equals(kind)) {
                throw fail("header missing: line 1 must have \"kind\":\"header\""
                        + (kind == null ? "" : ", found \"" + kind + "\""));
            }
            if (unknown != null) {
                throw fail(unknown);
            }
            require(spec, "spec");
            require(constants, "constants");
            // the model module is optional: MC<spec> is the convention of specs/
            String root = module == null ? "MC" + spec : module;
            if (!TlaText.isIdentifier(spec) || !TlaText.isIdentifier(root)) {
                throw fail("module " + TlaText.printable(root) + " is not a TLA+ identifier");
            }
            for (Map.Entry<String, TraceValue> c : constants.entrySet()) {
                checkConstant(c.getKey(), c.getValue());
            }
            for (String mv : mvs) {
                if (!TlaText.isIdentifier(mv)) {
                    throw fail("model value " + TlaText.printable(mv) + " is not a TLA+ identifier");
                }
            }
            // One source of truth: the Revision constant decides; the field may only repeat it.
            TraceValue declared = constants.get(TraceHeader.REVISION_CONSTANT);
            if (declared instanceof TraceValue.Str r && revision != null && !r.value().equals(revision)) {
                throw fail("\"revision\" is " + TlaText.printable(revision) + " but the constant "
                        + TraceHeader.REVISION_CONSTANT + " is " + TlaText.printable(r.value())
                        + ": the constant decides, so the field must match it or be left out");
            }
            if (declared != null && !(declared instanceof TraceValue.Str)) {
                throw fail("constant " + TraceHeader.REVISION_CONSTANT + " must be a string, found " + declared.toTla());
            }
            if (declared == null && revision == null) {
                throw fail("missing field \"revision\" (or a constant " + TraceHeader.REVISION_CONSTANT + ")");
            }
            String rev = declared instanceof TraceValue.Str r ? r.value() : revision;
            Parsed r = new Parsed();
            r.header = new TraceHeader(spec, root, rev, constants, mvs, logged);
            return r;
        }

        private Parsed stepFields() throws IOException, TraceFormatException {
            String kind = null;
            Long seq = null;
            String actor = null;
            String action = null;
            java.util.List<String> actions = null;
            Map<String, TraceValue> state = null;
            Set<String> seen = new HashSet<>();
            for (String field; (field = nextField(seen)) != null; ) {
                switch (field) {
                    case "kind" -> kind = string(field);
                    case "seq" -> {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                            throw fail(at() + "\"seq\" must be an integer");
                        }
                        seq = p.getLongValue();
                    }
                    case "actor" -> actor = string(field);
                    case "action" -> {
                        if (p.currentToken() == JsonToken.START_ARRAY) {
                            actions = names("action", "action");
                            if (actions.size() < 2) {
                                throw fail(at() + "a fused \"action\" lists at least two actions");
                            }
                            action = String.join(TraceStep.FUSE, actions);
                        } else {
                            action = string(field);
                            actions = java.util.List.of(action);
                        }
                    }
                    case "state" -> state = state();
                    default -> throw fail(at() + "unknown step field \"" + field + "\"");
                }
            }
            if (!"step".equals(kind)) {
                throw fail(kind == null ? "missing field \"kind\"" : "expected \"kind\":\"step\", found \"" + kind + "\"");
            }
            require(seq, "seq");
            require(actor, "actor");
            if (action == null && (seq == null || seq == 0 || !header.partial())) {
                require(action, "action");
            }
            require(state, "state");
            if (gaps ? seq < nextSeq : seq != nextSeq) {
                throw fail("seq " + seq + " is not " + (gaps ? "increasing" : "consecutive") + ": expected "
                        + (gaps ? "at least " : "") + nextSeq);
            }
            if (seq == 0 && !"Init".equals(action)) {
                throw fail("step 0 must have \"action\":\"Init\", found \"" + action + "\"");
            }
            checkVariables(state.keySet());
            Parsed r = new Parsed();
            r.step = action == null ? new TraceStep(seq, actor, TraceStep.ANY, java.util.List.of(), state, line)
                    : new TraceStep(seq, actor, action, actions, state, line);
            return r;
        }

        private void checkVariables(Set<String> names) throws TraceFormatException {
            if (variables == null) {
                variables = Set.copyOf(names);
                return;
            }
            for (String v : variables) {
                if (!names.contains(v)) {
                    throw fail("missing variable \"" + v + "\"");
                }
            }
            for (String v : names) {
                if (!variables.contains(v)) {
                    throw fail("unknown variable \"" + v + "\"");
                }
            }
        }

        /** A constant reaches a generated cfg: its name must be an identifier, its strings writable. */
        private void checkConstant(String name, TraceValue v) throws TraceFormatException {
            if (!TlaText.isIdentifier(name)) {
                throw fail("constant name " + TlaText.printable(name) + " is not a TLA+ identifier");
            }
            try {
                v.toCfg();
            } catch (IllegalArgumentException e) {
                throw fail("constant " + name + ": " + e.getMessage());
            }
        }

        private Map<String, TraceValue> constants(Set<String> mvs) throws IOException, TraceFormatException {
            expectObject("constants");
            Map<String, TraceValue> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                TraceValue v = value("constant " + name, mvs, true);
                if (out.put(name, v) != null) {
                    throw fail(at() + "duplicate constant \"" + name + "\"");
                }
            }
            return out;
        }

        private Map<String, TraceValue> state() throws IOException, TraceFormatException {
            expectObject("state");
            Map<String, TraceValue> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (variables != null && !variables.contains(name)) {
                    throw fail(at() + "unknown variable \"" + name + "\"");
                }
                p.nextToken();
                if (out.put(name, value("variable " + name, modelValues, false)) != null) {
                    throw fail(at() + "duplicate variable \"" + name + "\"");
                }
            }
            return out;
        }

        /**
         * Decodes the value at the current token. In constants ({@code declaring}), strings inside
         * a set are model values and are added to {@code mvs}: that is how a cfg's
         * {@code Procs = {p1, p2}} is written. Elsewhere a string is a model value iff it names one.
         */
        private TraceValue value(String what, Set<String> mvs, boolean declaring)
                throws IOException, TraceFormatException {
            JsonToken t = p.currentToken();
            switch (t) {
                case VALUE_NUMBER_INT -> {
                    if (p.getNumberType() != JsonParser.NumberType.INT) {
                        throw fail(at() + what + ": integer " + p.getText() + " is outside TLC's 32-bit range");
                    }
                    return new TraceValue.Int(p.getIntValue());
                }
                case VALUE_TRUE -> { return new TraceValue.Bool(true); }
                case VALUE_FALSE -> { return new TraceValue.Bool(false); }
                case VALUE_STRING -> { return atom(writable(what, p.getText()), mvs); }
                case START_OBJECT -> { return object(what, mvs, declaring); }
                case START_ARRAY -> throw fail(at() + what + ": untagged array; write a set as {\"set\":[...]}");
                case VALUE_NUMBER_FLOAT -> throw fail(at() + what + ": " + p.getText() + " is not an integer");
                default -> throw fail(at() + what + ": " + p.getText() + " is not a trace value");
            }
        }

        private TraceValue object(String what, Set<String> mvs, boolean declaring)
                throws IOException, TraceFormatException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.FIELD_NAME && p.currentName().equals("set")
                    && p.nextToken() == JsonToken.START_ARRAY) {
                return set(what, mvs, declaring);
            }
            // The "set" check above may have consumed the value token of a field called "set".
            Map<TraceValue, TraceValue> entries = new LinkedHashMap<>();
            boolean valuePending = t == JsonToken.FIELD_NAME && p.currentToken() != JsonToken.FIELD_NAME;
            String key = t == JsonToken.FIELD_NAME ? p.currentName() : null;
            while (key != null) {
                if (!valuePending) {
                    p.nextToken();
                }
                TraceValue k = key(writable(what + " key", key), mvs);
                if (entries.put(k, value(what + "[" + key + "]", mvs, declaring)) != null) {
                    throw fail(at() + what + ": duplicate key \"" + key + "\"");
                }
                valuePending = false;
                key = p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
            }
            return new TraceValue.Fcn(entries);
        }

        private TraceValue set(String what, Set<String> mvs, boolean declaring)
                throws IOException, TraceFormatException {
            java.util.List<TraceValue> elements = new java.util.ArrayList<>();
            Set<TraceValue> distinct = new HashSet<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                TraceValue e;
                if (declaring && p.currentToken() == JsonToken.VALUE_STRING) {
                    mvs.add(p.getText());
                    e = new TraceValue.ModelVal(p.getText());
                } else {
                    e = value(what + " element", mvs, declaring);
                }
                if (!distinct.add(e)) {
                    throw fail(at() + what + ": duplicate set element " + e.toTla());
                }
                elements.add(e);
            }
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw fail(at() + what + ": a set object has the single key \"set\"");
            }
            return new TraceValue.SetVal(elements);
        }

        /** A trace's strings are TLA+ strings: printable ASCII, tab and newline (as TLC's are). */
        private String writable(String what, String s) throws IOException, TraceFormatException {
            if (!TlaText.isWritableString(s)) {
                throw fail(at() + what + ": string " + TlaText.printable(s)
                        + " has a character TLA+ strings cannot hold (only printable ASCII, tab and newline)");
            }
            return s;
        }

        private TraceValue key(String key, Set<String> mvs) {
            if (isDecimal(key)) {
                try {
                    return new TraceValue.Int(Integer.parseInt(key));
                } catch (NumberFormatException tooWide) {
                    return new TraceValue.Str(key);
                }
            }
            return atom(key, mvs);
        }

        private TraceValue atom(String s, Set<String> mvs) {
            return mvs.contains(s) ? new TraceValue.ModelVal(s) : new TraceValue.Str(s);
        }

        /** A JSON array of distinct TLA+ identifiers, e.g. the logged variables or a fused step's actions. */
        private java.util.List<String> names(String field, String what) throws IOException, TraceFormatException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw fail(at() + "\"" + field + "\" must be an array of " + what + " names");
            }
            java.util.List<String> out = new java.util.ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_STRING || !TlaText.isIdentifier(p.getText())) {
                    throw fail(at() + "\"" + field + "\": " + TlaText.printable(p.getText()) + " is not a " + what
                            + " name (a TLA+ identifier)");
                }
                if (out.contains(p.getText()) && field.equals("logged")) {
                    throw fail(at() + "\"logged\" lists " + p.getText() + " twice");
                }
                out.add(p.getText());
            }
            if (out.isEmpty()) {
                throw fail(at() + "\"" + field + "\" is empty");
            }
            return out;
        }

        /**
         * The next field of a header or step object, with the parser on its value, or null at the
         * object's end; a field that comes twice is bad input, as JSON leaves it open.
         */
        private String nextField(Set<String> seen) throws IOException, TraceFormatException {
            if (p.nextToken() != JsonToken.FIELD_NAME) {
                return null;
            }
            String field = p.currentName();
            if (!seen.add(field)) {
                throw fail(at() + "duplicate field \"" + field + "\"");
            }
            p.nextToken();
            return field;
        }

        private String string(String field) throws IOException, TraceFormatException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw fail(at() + "\"" + field + "\" must be a string");
            }
            return p.getText();
        }

        private void expectObject(String field) throws TraceFormatException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw fail(at() + "\"" + field + "\" must be an object");
            }
        }

        private void require(Object value, String field) throws TraceFormatException {
            if (value == null) {
                throw fail("missing field \"" + field + "\"");
            }
        }

        private String at() {
            return "column " + p.currentTokenLocation().getColumnNr() + ": ";
        }

        private TraceFormatException fail(String reason) {
            return fail(reason, null);
        }

        private TraceFormatException fail(String reason, Throwable cause) {
            return new TraceFormatException(file, line, reason, cause);
        }
    }

    private static boolean isDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i == s.length() || (s.charAt(i) == '0' && s.length() > i + 1)) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** What one line parsed to: a header or a step. */
    private static final class Parsed {
        TraceHeader header;
        TraceStep step;
    }
}
