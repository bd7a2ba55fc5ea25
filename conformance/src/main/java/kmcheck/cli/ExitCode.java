package kmcheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** The exit codes of every kmcheck command (docs/architecture.md#exit-codes), and their entry in each command's usage help. */
final class ExitCode {
    /** Every check passed, every trace conforms, the plot was written. */
    static final int OK = 0;
    /** A verdict differs from expected.tsv, or a trace diverges from the spec. */
    static final int VIOLATION = 1;
    /** The command line or an input file is wrong; the message says which. */
    static final int BAD_INPUT = 2;
    /** kmcheck or TLC failed: not the user's fault. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }

    /** Adds the exit-code list to the usage help of {@code cl} and of all its subcommands. */
    static void document(CommandLine cl) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "ok: verdicts as expected, traces conform, output written");
        codes.put(Integer.toString(VIOLATION), "violation: a verdict differs from expected.tsv, or a trace diverges");
        codes.put(Integer.toString(BAD_INPUT), "usage or bad input: unknown option, model or revision; "
                + "a missing, unreadable or malformed file");
        codes.put(Integer.toString(INTERNAL), "internal error: TLC or I/O failed (--debug shows the stack trace)");
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cl.getSubcommands().values().forEach(ExitCode::document);
    }
}
