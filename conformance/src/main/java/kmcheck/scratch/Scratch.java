package kmcheck.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kmcheck.util.DeleteTree;

/**
 * This process's private scratch space: one directory {@code kmcheck-<pid>-*} under the system
 * temp dir, created on first use and removed, with everything in it, when the JVM exits normally
 * or on SIGINT/SIGTERM (a shutdown hook). Every TLC this process runs in process (replay, export
 * validation, campaign, bench, tests) works in a subdirectory of it, so that two kmcheck runs on
 * one machine never share a file: TLC copies its standard modules (TLC.tla, Naturals.tla, ...)
 * into {@code java.io.tmpdir}, and two runs rewriting the same copies is how replays collided.
 *
 * <p>{@code kill -9} leaves the directory behind; the next process removes the directories of
 * processes that no longer exist ({@link #sweepStale}).
 *
 * <p>Thread-safe: the root is created once, under the class lock; subdirectories have unique names.
 */
public final class Scratch {
    private static final String PREFIX = "kmcheck-";
    private static Path root;

    private Scratch() {
    }

    /** A new, empty directory inside this process's scratch root; removed at exit at the latest. */
    public static Path newDirectory(String purpose) {
        try {
            return Files.createTempDirectory(root(), purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory: " + e.getMessage(), e);
        }
    }

    /** This process's scratch root. */
    public static synchronized Path root() {
        if (root == null) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            sweepStale(tmp);
            try {
                root = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create kmcheck's scratch directory in " + tmp
                        + ": " + e.getMessage(), e);
            }
            Path mine = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> DeleteTree.quietly(mine), "kmcheck-scratch-cleanup"));
        }
        return root;
    }

    /** Removes the scratch roots of kmcheck processes that no longer run (killed with -9). */
    static void sweepStale(Path tmp) {
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> owner(p) > 0 && ProcessHandle.of(owner(p)).isEmpty())
                    .forEach(DeleteTree::quietly);
        } catch (IOException | UncheckedIOException e) {
            // an unreadable temp dir only means stale directories stay
        }
    }

    /** The pid in {@code kmcheck-<pid>-<random>}, or -1 for any other name. */
    static long owner(Path p) {
        String[] parts = p.getFileName().toString().split("-");
        if (parts.length < 3) {
            return -1;
        }
        try {
            return Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
