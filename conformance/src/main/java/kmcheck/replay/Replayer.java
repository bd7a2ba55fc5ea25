package kmcheck.replay;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kmcheck.scratch.Scratch;
import kmcheck.tracefile.TraceFormatException;
import kmcheck.tracefile.TraceReader;
import kmcheck.tracefile.TraceStep;

/**
 * Replays ndjson traces against one TLA+ model, in process, with TLC's {@code FastTool}.
 *
 * <p>Each instance loads its spec into its own class loader ({@link SpecClassLoader}), so
 * several instances, for different specs, can live in one JVM. Loading parses the spec once;
 * {@link #replay} may then be called for any number of traces of that model, one after another.
 *
 * <p>Not thread-safe: one replay at a time per instance. Close it to release the class loader
 * and the scratch directory (also removed when the JVM exits, {@link Scratch}).
 */
public final class Replayer implements AutoCloseable {
    private final ReplayModel model;
    private final Path generated;
    private final SpecClassLoader loader;
    private final SpecEngine engine;
    private StateSpace space;

    private Replayer(ReplayModel model, Path generated, SpecClassLoader loader, SpecEngine engine) {
        this.model = model;
        this.generated = generated;
        this.loader = loader;
        this.engine = engine;
    }

    /**
     * Parses the model's spec with TLC and prepares to replay traces against it. The spec is
     * first parsed alone (SANY), the model's names are checked against its declarations, and
     * only then is the cfg written, into a private scratch directory that also holds TLC's copies
     * of its standard modules.
     *
     * @throws ConstantsRejectedException the model's constants are not the spec's, or TLC rejects
     *                                    their values (an ASSUME fails, a value does not evaluate)
     * @throws ReplayException            the spec does not parse, an invariant, Init or Next is
     *                                    missing, or TLC cannot be loaded
     */
    public static Replayer load(ReplayModel model) throws ReplayException, ConstantsRejectedException {
        Path dir = Scratch.newDirectory("replay");
        SpecClassLoader loader = null;
        try {
            loader = SpecClassLoader.create(Replayer.class.getClassLoader());
            loader.pinTempDir(dir);
            SpecDeclarations declared = (SpecDeclarations) loader.loadClass(SpecClassLoader.ENGINE_PACKAGE + "Sany")
                    .getMethod("declarations", Path.class, String.class)
                    .invoke(null, model.specsDir().toAbsolutePath(), model.module());
            ModelFiles.check(model, declared);
            ModelFiles.write(model, dir);
            Class<?> impl = loader.loadClass(SpecClassLoader.ENGINE_PACKAGE + "TlcEngine");
            SpecEngine engine = (SpecEngine) impl.getConstructor(ReplayModel.class, Path.class)
                    .newInstance(model, dir.resolve(ModelFiles.CFG_BASE));
            return new Replayer(model, dir, loader, engine);
        } catch (InvocationTargetException e) {
            cleanUp(dir, loader);
            if (e.getCause() instanceof ReplayException re) {
                throw re;
            }
            if (e.getCause() instanceof ConstantsRejectedException cr) {
                throw cr;
            }
            throw new ReplayException("loading " + model.module() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            cleanUp(dir, loader);
            throw new ReplayException("cannot load the TLC engine: " + e, e);
        } catch (ReplayException | ConstantsRejectedException e) {
            cleanUp(dir, loader);
            throw e;
        }
    }

    /**
     * The reachable state graph of a model file of the specs directory, as its cfg says it
     * (constants, definition overrides such as {@code SCHED <- SchedMP}), by TLC's breadth-first
     * search in process; the cfg is a file of the repository, read in place, not trace input.
     *
     * @param maxStates the search stops after this many states (then the space is incomplete)
     */
    public static StateSpace explore(Path specsDir, String module, Path cfg, int maxStates) throws ReplayException {
        return withModel(specsDir, module, cfg, engine -> engine.explore(maxStates));
    }

    /**
     * A constant-level definition of a model file of the specs directory, as TLC evaluates it
     * under the cfg's constants ({@link SpecEngine#evaluate}); e.g. the spec's RevisionTable.
     */
    public static kmcheck.tracefile.TraceValue evaluate(Path specsDir, String module, Path cfg, String definition)
            throws ReplayException {
        return withModel(specsDir, module, cfg, engine -> engine.evaluate(definition));
    }

    /** What an engine loaded on a model file answers; its class loader and scratch go after. */
    private interface EngineQuery<T> {
        T ask(SpecEngine engine) throws ReplayException;
    }

    private static <T> T withModel(Path specsDir, String module, Path cfg, EngineQuery<T> query)
            throws ReplayException {
        Path dir = Scratch.newDirectory("explore");
        SpecClassLoader loader = null;
        try {
            loader = SpecClassLoader.create(Replayer.class.getClassLoader());
            loader.pinTempDir(dir);
            String base = cfg.toAbsolutePath().toString().replaceFirst("\\.cfg$", "");
            ReplayModel model = new ReplayModel(specsDir, module, java.util.Map.of(), List.of(), "Init", "Next");
            SpecEngine engine = (SpecEngine) loader.loadClass(SpecClassLoader.ENGINE_PACKAGE + "TlcEngine")
                    .getConstructor(ReplayModel.class, Path.class).newInstance(model, Path.of(base));
            return query.ask(engine);
        } catch (InvocationTargetException e) {
            throw new ReplayException("loading " + cfg + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new ReplayException("cannot load the TLC engine: " + e, e);
        } finally {
            cleanUp(dir, loader);
        }
    }

    /** The model this replayer checks against. */
    public ReplayModel model() {
        return model;
    }

    /** The spec's variables, in declaration order. */
    public List<String> variables() {
        return engine.variables();
    }

    /** The spec's actions and the actors each is for, as TLC split Next ({@link SpecEngine#actions}). */
    public java.util.Map<String, List<String>> actions() {
        return engine.actions();
    }

    /** The actor of the spec's parameterless actions ({@link SpecEngine#threadActor}), or null. */
    public String threadActor() {
        return engine.threadActor();
    }

    /** The fingerprint of a step's state, as the {@link #stateSpace state space} keys it. */
    public long fingerprint(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        return engine.fingerprint(step, trace);
    }

    /** Checks that a step's values fit the spec's variables, as replay would, without replaying it. */
    public void checkValues(TraceStep step, Path trace) throws TraceFormatException, ReplayException {
        engine.checkValues(step, trace);
    }

    /** Replays the trace in a file; see {@link #replay(TraceReader)}. */
    public ReplayReport replay(Path trace) throws TraceFormatException, ReplayException {
        try (TraceReader reader = TraceReader.open(trace)) {
            return replay(reader);
        } catch (IOException e) {
            throw new ReplayException("cannot read " + trace + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replays one trace from step 0, stopping at the first divergence. The reader's header has
     * been read; its constants must be this model's.
     *
     * @throws TraceFormatException the trace breaks the schema, or its header's constants are not
     *                              the model's
     * @throws ReplayException      the trace cannot be read or TLC failed
     */
    public ReplayReport replay(TraceReader reader) throws TraceFormatException, ReplayException {
        return replay(reader, Visits.NONE);
    }

    /** Replays as {@link #replay(TraceReader)} does, telling visits every state and step matched. */
    public ReplayReport replay(TraceReader reader, Visits visits) throws TraceFormatException, ReplayException {
        return replay(reader, visits, 0, Observation.DEFAULT_MAX_FRONTIER);
    }

    /**
     * Replays one trace, full or partial. A partial trace (its header lists the logged variables)
     * or one with hidden steps is replayed as a set of candidate states ({@link Observation}):
     * up to {@code hiddenSteps} unlogged spec steps may precede each logged one (its seq may then
     * skip numbers), and more than {@code maxFrontier} candidates is under-constrained, a
     * {@link TraceFormatException}. visits hears the steps whose states the trace determines.
     */
    public ReplayReport replay(TraceReader reader, Visits visits, int hiddenSteps, int maxFrontier)
            throws TraceFormatException, ReplayException {
        Path trace = reader.file();
        if (!reader.header().constants().equals(model.constants())) {
            throw new TraceFormatException(trace, 1, "the header's constants " + reader.header().constants()
                    + " are not the loaded model's " + model.constants());
        }
        List<String> logged = reader.header().logged();
        for (String v : logged) {
            if (!engine.variables().contains(v)) {
                throw new TraceFormatException(trace, 1, "\"logged\" names " + v + ", which is not a variable of "
                        + model.module() + " (it has " + String.join(", ", engine.variables()) + ")");
            }
        }
        Observation observed = new Observation(java.util.Set.copyOf(logged), hiddenSteps, maxFrontier);
        engine.observe(observed);
        try {
            reader.expectVariables(java.util.Set.copyOf(logged.isEmpty() ? engine.variables() : logged));
            if (hiddenSteps > 0) {
                reader.allowGaps();
            }
            long read = 0;
            long from = 0;
            boolean fromKnown = false;
            TraceStep step;
            while ((step = reader.next()) != null) {
                read++;
                Divergence d = step.seq() == 0 ? engine.init(step, trace) : engine.next(step, trace);
                if (d != null) {
                    // steps before this one conformed
                    return new ReplayReport(trace, read, read - 1, Optional.of(d), engine.frontierStats());
                }
                boolean known = engine.exact();
                long to = known ? engine.fingerprint() : 0;
                if (known && step.seq() == 0) {
                    visits.initial(to);
                } else if (known && fromKnown && step.single()) {
                    visits.step(from, step.action(), step.actor(), to);
                }
                from = to;
                fromKnown = known && !observed.partial();
            }
            Divergence possible = engine.finish();
            return new ReplayReport(trace, read, possible == null ? read : read - 1, Optional.ofNullable(possible),
                    engine.frontierStats());
        } catch (IOException e) {
            throw new ReplayException("cannot read " + trace + ": " + e.getMessage(), e);
        }
    }

    /**
     * The action instances TLC finds enabled in the last state of the latest replay, which must
     * have conformed (e.g. {@code [PStart(p1), IAlloc(i1)]}); empty where the spec is deadlocked,
     * or for a partial trace where some candidate state is ({@link SpecEngine#enabled}).
     */
    public List<String> enabledAtEnd() throws ReplayException {
        return engine.enabled();
    }

    /** See {@link SpecEngine#failsAtEnd}. */
    public boolean failsAtEnd(String predicate) throws ReplayException {
        return engine.failsAtEnd(predicate);
    }

    /**
     * The model's reachable state graph (see {@link StateSpace}), computed by TLC on first call
     * and kept.
     *
     * @param maxStates the search stops after this many states (then the space is incomplete)
     */
    public StateSpace stateSpace(int maxStates) throws ReplayException {
        if (space == null || (!space.complete() && space.stateCount() < maxStates)) {
            space = engine.explore(maxStates);
        }
        return space;
    }

    /** Releases the class loader and deletes the scratch directory (the cfg, TLC's module copies). */
    @Override
    public void close() {
        cleanUp(generated, loader);
    }

    private static void cleanUp(Path generated, SpecClassLoader loader) {
        kmcheck.util.DeleteTree.quietly(generated);
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // closing only releases jar handles; nothing to recover
            }
        }
    }
}
