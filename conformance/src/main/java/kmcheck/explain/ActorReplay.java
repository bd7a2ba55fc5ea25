package kmcheck.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmcheck.check.ErrorTrace;
import kmcheck.replay.ReplayException;
import kmcheck.replay.Replayer;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;
import kmcheck.tracefile.TraceValue;

/**
 * Settles who took a step the state change leaves open (a {@code PFree} changes no variable of its
 * process), with TLC's own evaluator: TLC's trace, up to that step, is replayed in process as a trace
 * (specs/TRACE.md) once per candidate, and a candidate stays if the step is then a successor under
 * its action instance. Several may stay (two idle processes free alike: the trace cannot tell them
 * apart) and are all named; when none does (the replay's spec is not the model's: an {@code mp} model
 * overrides {@code SCHED}, which a trace cannot), the candidates are left as they were.
 */
final class ActorReplay {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Path NAME = Path.of("<TLC's counterexample>");

    private ActorReplay() {
    }

    /** The candidates of each step after the first, narrowed. */
    static List<List<String>> settle(Replayer replayer, String module, ErrorTrace trace, List<List<String>> candidates)
            throws ReplayException {
        List<String> lines = new ArrayList<>();
        lines.add(header(module, replayer.model().constants()));
        lines.add(step(0, "init", ErrorTrace.INITIAL, trace.states().get(0)));
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            ErrorTrace.State s = trace.states().get(k + 1);
            List<String> fit = new ArrayList<>();
            if (candidates.get(k).size() > 1) {
                for (String actor : candidates.get(k)) {
                    List<String> attempt = new ArrayList<>(lines);
                    attempt.add(step(k + 1, actor, s.action(), s));
                    if (conforms(replayer, attempt)) {
                        fit.add(actor);
                    }
                }
            }
            List<String> settled = fit.isEmpty() ? candidates.get(k) : fit;
            out.add(settled);
            lines.add(step(k + 1, settled.get(0), s.action(), s));
        }
        return out;
    }

    private static boolean conforms(Replayer replayer, List<String> lines) throws ReplayException {
        try (TraceReader reader = TraceReader.of(lines, NAME)) {
            return replayer.replay(reader).conforms();
        } catch (TraceFormatException | IOException e) {
            return false; // TLC printed a value the trace schema cannot carry: no verdict from replay
        }
    }

    private static String header(String module, Map<String, TraceValue> constants) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("kind", "header");
            g.writeStringField("spec", module.startsWith("MC") ? module.substring(2) : module);
            g.writeStringField("module", module);
            g.writeObjectFieldStart("constants");
            for (Map.Entry<String, TraceValue> e : constants.entrySet()) {
                g.writeFieldName(e.getKey());
                constant(e.getValue(), g);
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void constant(TraceValue v, JsonGenerator g) throws IOException {
        if (v instanceof TraceValue.Int i) {
            g.writeNumber(i.value());
        } else if (v instanceof TraceValue.Bool b) {
            g.writeBoolean(b.value());
        } else if (v instanceof TraceValue.Str s) {
            g.writeString(s.value());
        } else if (v instanceof TraceValue.ModelVal m) {
            g.writeString(m.name());
        } else if (v instanceof TraceValue.SetVal s) {
            g.writeStartObject();
            g.writeArrayFieldStart("set");
            for (TraceValue e : s.elements()) {
                constant(e, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("a model constant cannot be a function: " + v.toTla());
        }
    }

    private static String step(int seq, String actor, String action, ErrorTrace.State s) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("kind", "step");
            g.writeNumberField("seq", seq);
            g.writeStringField("actor", actor);
            g.writeStringField("action", action.equals(ErrorTrace.INITIAL) ? "Init" : action);
            g.writeObjectFieldStart("state");
            for (Map.Entry<String, String> e : s.values().entrySet()) {
                g.writeFieldName(e.getKey());
                PrintedValue.json(e.getValue(), g);
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static String write(Writing w) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            w.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
