package kmcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck}: the top command. It holds the options every subcommand shares ({@code --specs},
 * {@code --debug}, which may be given before or after the subcommand name) and does nothing by itself.
 * A new subcommand is one more class in {@code subcommands} below.
 */
@Command(name = "kmcheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Model-check the km_thread page reserve and pool slowdown specs, "
                + "and check traces against them.",
        subcommands = {
            CheckCommand.class,
            SimulateCommand.class,
            ReplayCommand.class,
            ExportCommand.class,
            CampaignCommand.class,
            HistoryCommand.class,
            PlotCommand.class,
            ExplainCommand.class,
            MatrixCommand.class,
            ReportCommand.class,
        },
        footer = {"%nExample:", "  kmcheck check MCPoolSlowdown_km168_small",
            "  kmcheck replay run.ndjson && kmcheck plot run.ndjson -o run.svg"})
public final class Kmcheck implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--specs", paramLabel = "DIR", scope = ScopeType.INHERIT,
            defaultValue = "${env:KMCHECK_SPECS:-specs}",
            description = "The specs directory: TLA+ modules, model .cfg files, expected.tsv "
                    + "(default: $KMCHECK_SPECS, else specs in the current directory; now ${DEFAULT-VALUE}).")
    private Path specs;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error, not just its one-line message.")
    private boolean debug;

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands Exceptions to ErrorHandler; Errors come here, and still get one line
            System.err.println("kmcheck: " + Failures.line(e));
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace();
            }
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

    /** A command line ready to execute: exit codes mapped and documented. Tests redirect its out and err. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kmcheck());
        ErrorHandler errors = new ErrorHandler();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        ExitCode.document(cl);
        return cl;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing subcommand: one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** The specs directory, as given or defaulted. */
    Path specs() {
        return specs;
    }

    /** Whether errors show their stack trace. */
    boolean debug() {
        return debug;
    }
}
