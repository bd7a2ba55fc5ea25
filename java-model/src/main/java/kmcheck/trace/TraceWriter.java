package kmcheck.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kmcheck.config.Constants;

/**
 * Writes a trace as ndjson (specs/TRACE.md#trace-schema): a header line with the spec, module,
 * revision and constants, then one line per {@link Step} with every spec variable in its TLA+
 * shape (sets as {"set":[...]}, functions as objects).  Lines go to a consumer: a list, or a
 * file via {@link #toFile}.
 *
 * <p>Not thread-safe on its own; the {@link StepLog} calls it under the step lock.
 */
public final class TraceWriter implements Consumer<Step>, AutoCloseable {
    /** the model module of specs/ the traces instantiate: every model's MC module */
    public static final String MODULE = "MCPoolSlowdown";
    /** shared, thread-safe */
    private static final JsonFactory JSON = new JsonFactory();
    /** where each line goes, without its newline */
    private final Consumer<String> lines;
    /** closed by {@link #close}, or null */
    private final Writer file;
    /** which variables the steps carry */
    private final TraceLevel level;

    /** Lines to a consumer, e.g. {@code list::add}, every variable in each step. */
    public TraceWriter(Consumer<String> lines) {
        this(lines, TraceLevel.FULL);
    }

    /** Lines to a consumer, the level's variables in each step. */
    public TraceWriter(Consumer<String> lines, TraceLevel level) {
        this.lines = lines;
        this.file = null;
        this.level = level;
    }

    private TraceWriter(Writer w, TraceLevel level) {
        this.file = w;
        this.level = level;
        this.lines = line -> {
            try {
                w.write(line);
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Lines to a UTF-8 file, replaced if it exists; close the writer when done.  A plain
     * FileOutputStream, not an interruptible channel: stopping a real run interrupts the actors,
     * and one of them may be writing a line.
     */
    public static TraceWriter toFile(Path path) throws IOException {
        return toFile(path, TraceLevel.FULL);
    }

    /** As {@link #toFile(Path)}, the level's variables in each step. */
    public static TraceWriter toFile(Path path, TraceLevel level) throws IOException {
        return new TraceWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(path.toFile()),
                StandardCharsets.UTF_8)), level);
    }

    /** The variables each step carries. */
    public TraceLevel level() {
        return level;
    }

    /** The header line: what instantiates MCPoolSlowdown for this run. */
    public void header(Constants k) {
        lines.accept(json(g -> {
            g.writeStartObject();
            g.writeStringField("kind", "header");
            g.writeStringField("spec", "PoolSlowdown");
            g.writeStringField("module", MODULE);
            g.writeStringField("revision", k.revision().id());
            g.writeObjectFieldStart("constants");
            g.writeStringField("Revision", k.revision().id());
            g.writeFieldName("Procs");
            writeSet(g, k.procNames());
            g.writeFieldName("Intrs");
            writeSet(g, k.intrNames());
            g.writeNumberField("LOWAT", k.lowat());
            g.writeNumberField("HIWAT", k.hiwat());
            g.writeNumberField("BATCH", k.batch());
            g.writeNumberField("INITFREE", k.initFree());
            g.writeNumberField("MEM", k.mem());
            g.writeNumberField("ITEMS", k.items());
            g.writeNumberField("MAXIDLE", k.maxIdle());
            g.writeNumberField("MAXINTR", k.maxIntr());
            g.writeNumberField("MAXUSE", k.maxUse());
            g.writeEndObject();
            if (!level.logged().isEmpty()) {
                g.writeArrayFieldStart("logged");
                for (String v : level.logged()) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }));
    }

    @Override
    public void accept(Step s) {
        StateSnapshot st = s.state();
        lines.accept(json(g -> {
            g.writeStartObject();
            g.writeStringField("kind", "step");
            g.writeNumberField("seq", s.seq());
            g.writeStringField("actor", s.actor());
            g.writeStringField("action", s.action());
            g.writeObjectFieldStart("state");
            if (level.logs("kmFree")) {
                g.writeNumberField("kmFree", st.kmFree());
            }
            if (level.logs("uvmFree")) {
                g.writeNumberField("uvmFree", st.uvmFree());
            }
            if (level.logs("freeList")) {
                g.writeNumberField("freeList", st.freeList());
            }
            if (level.logs("tpc")) {
                g.writeStringField("tpc", st.tpc());
            }
            if (level.logs("tAsleep")) {
                g.writeBooleanField("tAsleep", st.tAsleep());
            }
            if (level.logs("tMemWait")) {
                g.writeBooleanField("tMemWait", st.tMemWait());
            }
            if (level.logs("batch")) {
                g.writeNumberField("batch", st.batch());
            }
            if (level.logs("kmLock")) {
                g.writeStringField("kmLock", st.kmLock());
            }
            if (level.logs("pc")) {
                g.writeObjectFieldStart("pc");
                for (Map.Entry<String, String> e : st.pc().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (level.logs("held")) {
                g.writeObjectFieldStart("held");
                for (Map.Entry<String, Integer> e : st.held().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (level.logs("slow")) {
                g.writeObjectFieldStart("slow");
                for (Map.Entry<String, Boolean> e : st.slow().entrySet()) {
                    g.writeBooleanField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (level.logs("poolPages")) {
                g.writeObjectFieldStart("poolPages");
                for (int k = 0; k < st.poolPages().size(); k++) {
                    g.writeNumberField(Integer.toString(k), st.poolPages().get(k));
                }
                g.writeEndObject();
            }
            if (level.logs("inUse")) {
                g.writeNumberField("inUse", st.inUse());
            }
            if (level.logs("intrAllocs")) {
                g.writeNumberField("intrAllocs", st.intrAllocs());
            }
            if (level.logs("intrFails")) {
                g.writeNumberField("intrFails", st.intrFails());
            }
            if (level.logs("badIntrFail")) {
                g.writeBooleanField("badIntrFail", st.badIntrFail());
            }
            if (level.logs("hoardFail")) {
                g.writeBooleanField("hoardFail", st.hoardFail());
            }
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    private static void writeSet(JsonGenerator g, List<String> members) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("set");
        for (String m : members) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** How one line is written. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Body body) {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
