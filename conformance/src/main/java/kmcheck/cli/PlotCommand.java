package kmcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kmcheck.plot.ReservePlot;
import kmcheck.plot.ReserveSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck plot}: the reserve level over time of one or more traces, with the slowdown
 * protocol's events marked, as one SVG or PNG image. It only reads the traces; whether they conform
 * is {@code kmcheck replay}'s business.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plot the reserve level kmFree over the steps of each trace, with the LOWAT line and "
                + "markers where a process is told to slow down, where one yields, and where an "
                + "interrupt's allocation fails.",
            "Several traces make panels in a grid of two columns, one per trace, on a common scale; a long trace "
                + "is drawn from the lowest and highest level of each run of steps (min/max per bucket), its markers one per bucket."},
        footer = {"%nExamples:", "  kmcheck plot km167.ndjson km168.ndjson -o reserve.svg",
            "  kmcheck plot run.ndjson -o run.png"})
final class PlotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", arity = "1..*", description = "Trace files (.ndjson).")
    private List<Path> traces;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The image to write: FILE.svg or FILE.png.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        ReservePlot.Format format = ReservePlot.Format.of(output);
        if (format == null) {
            throw new ParameterException(spec.commandLine(),
                    "output " + output + ": the name must end in .svg or .png");
        }
        Path dir = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("output " + output + ": no such directory " + dir);
        }
        for (Path trace : traces) {
            InputFiles.requireReadable(trace, "trace");
        }
        List<ReserveSeries> series = new ArrayList<>();
        for (Path trace : traces) {
            series.add(ReserveSeries.read(trace));
        }
        ReservePlot.write(series, output, format);
        spec.commandLine().getOut().printf("wrote %s (%d panel%s)%n", output, series.size(),
                series.size() == 1 ? "" : "s");
        return ExitCode.OK;
    }
}
