package kmcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kmcheck.campaign.CampaignResultsException;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.UnknownModelException;
import kmcheck.export.ExportException;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.tracefile.TraceFormatException;

/**
 * The exit-code contract in one place: which failures are the user's input (exit
 * {@link ExitCode#BAD_INPUT}) and which are kmcheck's or TLC's (exit {@link ExitCode#INTERNAL}), and
 * the one line each prints. Stateless.
 */
final class Failures {
    private Failures() {
    }

    /** Whether {@code e} is bad input: the message then says which file, line and problem. */
    static boolean badInput(Throwable e) {
        return e instanceof BadInputException || e instanceof TraceFormatException
                || e instanceof UnknownModelException || e instanceof ExpectedTableException
                || e instanceof NoSuchModelException || e instanceof ConstantsRejectedException
                || e instanceof CampaignResultsException || e instanceof ExportException x && x.badInput();
    }

    /** The exit code for {@code e}. */
    static int code(Throwable e) {
        return badInput(e) ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
    }

    /** The one line for {@code e}, without the {@code kmcheck: } prefix. */
    static String line(Throwable e) {
        if (badInput(e)) {
            return firstLine(e.getMessage());
        }
        if (e instanceof ReplayException) {
            // its message may go on with TLC's output; that is for --debug
            return firstLine(e.getMessage());
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
            // NoSuchFileException and friends carry only the path as their message
            return "I/O error: " + io.getClass().getSimpleName() + ": " + io.getMessage();
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (e instanceof OutOfMemoryError) {
            return "internal error: out of memory (" + e.getMessage() + "); JAVA_OPTS=-Xmx... gives the JVM more";
        }
        if (e instanceof StackOverflowError) {
            return "internal error: stack overflow";
        }
        return "internal error: " + firstLine(String.valueOf(e));
    }

    /** Prints the line for {@code e} (and with --debug its stack trace) to err; returns its code. */
    static int report(Throwable e, Path trace, PrintWriter err, boolean debug) {
        err.println("kmcheck: " + line(e));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code(e);
    }

    /**
     * Runs a step that reads a trace's header (the model it names, the constants it binds), so
     * that its failures name the trace: {@code TRACE:1: unknown revision ...}.
     */
    static <T> T inHeader(Path trace, Callable<T> step) throws Exception {
        try {
            return step.call();
        } catch (NoSuchModelException | ConstantsRejectedException e) {
            throw new BadInputException(trace + ":1: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
