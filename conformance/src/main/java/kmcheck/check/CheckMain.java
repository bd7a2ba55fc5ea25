package kmcheck.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code check [--deep] [--specs DIR] [--workers N] [--markdown] [MODEL...]}: model-checks the models
 * of {@code DIR/expected.tsv} (default {@code specs}) — the named ones, or else every small one, deep
 * ones too with {@code --deep} — and prints the table of verdicts.
 *
 * <p>Exit codes: 0 every verdict as expected; 1 any mismatch; 2 bad input (usage, unknown model,
 * a problem in expected.tsv, reported as one line); 3 internal error (TLC could not be run).
 */
public final class CheckMain {
    public static final int EXIT_OK = 0;
    public static final int EXIT_MISMATCH = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 3;

    private static final String USAGE =
            "usage: check [--deep] [--specs DIR] [--workers N] [--markdown] [MODEL...]";

    private CheckMain() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err, ConsoleProgress.onStderr()));
    }

    /** Runs the command; returns the exit code instead of exiting. */
    public static int run(List<String> args, PrintStream out, PrintStream err, CheckListener listener) {
        Path specs = Path.of("specs");
        boolean deep = false;
        boolean markdown = false;
        int workers = Runtime.getRuntime().availableProcessors();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--deep" -> deep = true;
                case "--markdown" -> markdown = true;
                case "--specs", "--workers" -> {
                    if (i + 1 == args.size()) {
                        err.println(arg + " needs a value\n" + USAGE);
                        return EXIT_BAD_INPUT;
                    }
                    String value = args.get(++i);
                    if (arg.equals("--specs")) {
                        specs = Path.of(value);
                    } else if (value.matches("[1-9]\\d{0,3}")) {
                        workers = Integer.parseInt(value);
                    } else {
                        err.println("--workers needs a positive number, not '" + value + "'");
                        return EXIT_BAD_INPUT;
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        err.println("unknown option " + arg + "\n" + USAGE);
                        return EXIT_BAD_INPUT;
                    }
                    names.add(arg);
                }
            }
        }
        try {
            List<ModelEntry> models = ExpectedTable.load(specs).select(names, deep);
            List<CheckResult> results = new ModelChecker(specs, workers, listener).checkAll(models);
            out.print(markdown ? ResultTable.markdown(results) : ResultTable.text(results));
            explainMismatches(results, out);
            return results.stream().allMatch(CheckResult::matches) ? EXIT_OK : EXIT_MISMATCH;
        } catch (ExpectedTableException | UnknownModelException e) {
            err.println(e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot run TLC: " + e);
            return EXIT_INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return EXIT_INTERNAL;
        }
    }

    /** Below the table, what went wrong with each mismatch, with TLC's message for errors. */
    private static void explainMismatches(List<CheckResult> results, PrintStream out) {
        for (CheckResult r : results) {
            if (r.matches()) {
                continue;
            }
            out.printf("%nMISMATCH %s: expected %s, TLC says %s (exit %s)%n", r.model().name(),
                    r.model().expected(), r.actual(), TlcCodes.describeExit(r.exitCode()));
            if (r.actual().message() != null) {
                r.actual().message().lines().forEach(l -> out.println("  " + l));
            }
        }
    }
}
