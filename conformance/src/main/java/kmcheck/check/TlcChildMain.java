package kmcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import kmcheck.util.DeleteTree;

/**
 * The main class of a TLC child JVM ({@link TlcChild}): {@code TlcChildMain <scratch dir> <role> <args...>}.
 * A daemon thread reads standard input, which the parent holds open and never writes; end of input
 * means the parent is gone (exited, crashed or killed with {@code kill -9}, which no shutdown hook
 * sees) or wants the child gone. The thread then deletes the scratch directory and halts this JVM,
 * so no TLC outlives its kmcheck and a killed kmcheck leaves no scratch directory either.
 * Then runs the {@link Role}'s TLC main with the remaining arguments on the main thread.
 */
public final class TlcChildMain {
    private TlcChildMain() {
    }

    /** Exit code of a child that stopped because its parent went away (128 + SIGKILL, as a kill would). */
    static final int ORPHANED = 137;

    /** Which of TLC's mains a child runs: a fixed set, so no argument names a class. */
    public enum Role {
        /** {@code tlc2.TLC}: the single-process model checker. */
        TLC,
        /** {@code tlc2.tool.distributed.TLCServer}: distributed TLC's master (state queue, fingerprints). */
        SERVER,
        /** {@code tlc2.tool.distributed.TLCWorker}: computes successors for a TLCServer. */
        WORKER;

        void main(String[] args) throws Exception {
            switch (this) {
                case TLC -> tlc2.TLC.main(args);
                case SERVER -> {
                    RmiSockets.install();
                    tlc2.tool.distributed.TLCServer.main(args);
                }
                case WORKER -> {
                    RmiSockets.install();
                    tlc2.tool.distributed.TLCWorker.main(args);
                }
            }
        }
    }

    /**
     * Starts the daemon thread that, when standard input ends (the parent is gone), deletes
     * scratch and halts this JVM; for every child JVM kmcheck starts.
     */
    public static void watchParent(Path scratch) {
        Thread watch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // the parent never writes; anything read is ignored
                }
            } catch (IOException closed) {
                // a broken pipe is the parent gone too
            }
            // Delete, then halt: halting first would leave the files; TLC may still be writing,
            // so retry a few times until the directory itself is gone.
            for (int i = 0; i < 5 && !DeleteTree.quietly(scratch); i++) {
                Thread.onSpinWait();
            }
            Runtime.getRuntime().halt(ORPHANED);
        }, "kmcheck parent watch");
        watch.setDaemon(true);
        watch.start();
    }

    public static void main(String[] args) throws Exception {
        watchParent(Path.of(args[0]));
        Role.valueOf(args[1]).main(Arrays.copyOfRange(args, 2, args.length));
    }
}
