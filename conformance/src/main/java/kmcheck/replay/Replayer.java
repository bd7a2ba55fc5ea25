package kmcheck.replay;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kmcheck.trace.TraceFormatException;
import kmcheck.trace.TraceReader;
import kmcheck.trace.TraceStep;

/**
 * Replays ndjson traces against one TLA+ model, in process, with TLC's {@code FastTool}.
 *
 * <p>Each instance loads its spec into its own class loader ({@link SpecClassLoader}), so
 * several instances, for different specs, can live in one JVM. Loading parses the spec once;
 * {@link #replay} may then be called for any number of traces of that model, one after another.
 *
 * <p>Not thread-safe: one replay at a time per instance. Close it to release the class loader
 * and the generated cfg.
 */
public final class Replayer implements AutoCloseable {
    private final ReplayModel model;
    private final Path generated;
    private final SpecClassLoader loader;
    private final SpecEngine engine;

    private Replayer(ReplayModel model, Path generated, SpecClassLoader loader, SpecEngine engine) {
        this.model = model;
        this.generated = generated;
        this.loader = loader;
        this.engine = engine;
    }

    /**
     * Parses the model's spec with TLC and prepares to replay traces against it.
     *
     * @throws ReplayException the spec does not parse, a constant, invariant, Init or Next is
     *                         missing, or TLC cannot be loaded
     */
    public static Replayer load(ReplayModel model) throws ReplayException {
        Path generated = ModelFiles.write(model);
        SpecClassLoader loader = null;
        try {
            loader = SpecClassLoader.create(Replayer.class.getClassLoader());
            Class<?> impl = loader.loadClass(SpecClassLoader.ENGINE_PACKAGE + "TlcEngine");
            SpecEngine engine = (SpecEngine) impl.getConstructor(ReplayModel.class, Path.class)
                    .newInstance(model, generated.resolve(ModelFiles.CFG_BASE));
            return new Replayer(model, generated, loader, engine);
        } catch (InvocationTargetException e) {
            cleanUp(generated, loader);
            if (e.getCause() instanceof ReplayException re) {
                throw re;
            }
            throw new ReplayException("loading " + model.module() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            cleanUp(generated, loader);
            throw new ReplayException("cannot load the TLC engine: " + e, e);
        } catch (ReplayException e) {
            cleanUp(generated, loader);
            throw e;
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

    /**
     * Replays one trace from step 0, stopping at the first divergence.
     *
     * @throws TraceFormatException the trace breaks the schema, or its header's constants are not
     *                              the model's
     * @throws ReplayException      the file cannot be read or TLC failed
     */
    public ReplayReport replay(Path trace) throws TraceFormatException, ReplayException {
        List<String> warnings = new ArrayList<>();
        engine.takeWarnings();
        try (TraceReader reader = TraceReader.open(trace)) {
            if (!reader.header().constants().equals(model.constants())) {
                throw new TraceFormatException(trace, 1, "the header's constants " + reader.header().constants()
                        + " are not the loaded model's " + model.constants());
            }
            reader.expectVariables(java.util.Set.copyOf(engine.variables()));
            long read = 0;
            TraceStep step;
            while ((step = reader.next()) != null) {
                read++;
                Divergence d = step.seq() == 0 ? engine.init(step, trace) : engine.next(step, trace);
                warnings.addAll(engine.takeWarnings());
                if (d != null) {
                    // steps 0 .. seq-1 conformed; that is seq steps
                    return new ReplayReport(trace, read, step.seq(), Optional.of(d), warnings);
                }
            }
            return new ReplayReport(trace, read, read, Optional.empty(), warnings);
        } catch (IOException e) {
            throw new ReplayException("cannot read " + trace + ": " + e.getMessage(), e);
        }
    }

    /** Releases the class loader and deletes the generated cfg. */
    @Override
    public void close() {
        cleanUp(generated, loader);
    }

    private static void cleanUp(Path generated, SpecClassLoader loader) {
        ModelFiles.delete(generated);
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // closing only releases jar handles; nothing to recover
            }
        }
    }
}
