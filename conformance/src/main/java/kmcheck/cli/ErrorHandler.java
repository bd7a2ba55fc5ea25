package kmcheck.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line {@code kmcheck: <problem>} on stderr and an exit code: usage
 * errors and bad input exit {@link ExitCode#BAD_INPUT}, anything else {@link ExitCode#INTERNAL}
 * ({@link Failures} decides which).
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
        return Failures.report(ex, null, cl.getErr(), debug(cl));
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

    private static boolean debug(CommandLine cl) {
        return cl.getCommandSpec().root().userObject() instanceof Kmcheck k && k.debug();
    }
}
