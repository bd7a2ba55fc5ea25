package kmcheck.export;

import java.nio.file.Path;

/**
 * What {@link TraceExporter#export} wrote.
 *
 * @param moduleFile the trace module, {@code <outDir>/<Name>.tla}
 * @param cfgFile    its TLC configuration, {@code <outDir>/<Name>.cfg}
 * @param steps      the number of recorded states (including the initial one)
 * @param partial    the trace logs only some variables: TLC's verdict is the invariant
 *                   {@value TraceExporter#UNMATCHED}, violated iff the trace conforms
 */
public record Exported(Path moduleFile, Path cfgFile, int steps, boolean partial) {

    /** A full trace's export. */
    public Exported(Path moduleFile, Path cfgFile, int steps) {
        this(moduleFile, cfgFile, steps, false);
    }

    /** The module name, which is also what TLC is given on the command line. */
    public String moduleName() {
        String f = moduleFile.getFileName().toString();
        return f.substring(0, f.length() - ".tla".length());
    }

    /** The directory holding the module, its cfg and the spec's modules: where TLC runs. */
    public Path dir() {
        return moduleFile.toAbsolutePath().getParent();
    }
}
