package kmcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs kmcheck in process, as {@code main} would, with stdout and stderr captured. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        CommandLine cl = Kmcheck.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The project's specs directory, which the build hands to the tests. */
    static String specs() {
        return System.getProperty("kmcheck.specs", "../specs");
    }

    /** A file under src/test/resources. */
    static Path resource(String name) {
        URL url = Cli.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A trace of src/test/resources/cli, as a command-line argument. */
    static String trace(String name) {
        return resource("cli/" + name).toString();
    }

    /** Lines written to stderr. */
    long errLines() {
        return err.lines().count();
    }
}
