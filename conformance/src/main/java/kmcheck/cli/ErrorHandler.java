package kmcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import kmcheck.check.ExpectedTableException;
import kmcheck.check.UnknownModelException;
import kmcheck.replay.ConstantsRejectedException;
import kmcheck.replay.NoSuchModelException;
import kmcheck.replay.ReplayException;
import kmcheck.trace.TraceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line {@code kmcheck: <problem>} on stderr and an exit code: usage
 * errors and bad input exit {@link ExitCode#BAD_INPUT}, anything else {@link ExitCode#INTERNAL}.
 * The stack trace follows only with {@code --debug}: a user mistake needs no Java internals.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String help = "'" + cl.getCommandSpec().qualifiedName() + " --help'";
        cl.getErr().println("kmcheck: " + describe(ex) + " (see " + help + ")");
        if (debug(cl)) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        boolean badInput = ex instanceof BadInputException || ex instanceof TraceFormatException
                || ex instanceof UnknownModelException || ex instanceof ExpectedTableException
                || ex instanceof NoSuchModelException
                || ex instanceof ReplayException && ex.getCause() instanceof ConstantsRejectedException;
        PrintWriter err = cl.getErr();
        err.println("kmcheck: " + (badInput ? ex.getMessage() : internal(ex)));
        if (debug(cl)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return badInput ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
    }

    /** Picocli's message, except that an unmatched first word of kmcheck is an unknown subcommand. */
    private static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !u.getCommandLine().getSubcommands().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            List<String> suggestions = u.getSuggestions();
            return "unknown subcommand '" + u.getUnmatched().get(0) + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
        }
        return ex.getMessage();
    }

    private static String internal(Exception ex) {
        if (ex instanceof ReplayException) {
            // its message may go on with TLC's output; that is for --debug
            return ex.getMessage().lines().findFirst().orElse("replay failed");
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException ? ex.getCause() : ex;
            // NoSuchFileException and friends carry only the path as their message
            return "I/O error: " + io.getClass().getSimpleName() + ": " + io.getMessage();
        }
        if (ex instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return "internal error: " + ex;
    }

    private static boolean debug(CommandLine cl) {
        return cl.getCommandSpec().root().userObject() instanceof Kmcheck k && k.debug();
    }
}
