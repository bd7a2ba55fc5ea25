package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kmcheck replay} against the project's own specs, and each way its input can be wrong. */
class ReplayCommandTest {

    private static Cli replay(String... traces) {
        String[] args = new String[traces.length + 3];
        args[0] = "replay";
        args[1] = "--specs";
        args[2] = Cli.specs();
        System.arraycopy(traces, 0, args, 3, traces.length);
        return Cli.run(args);
    }

    @Test
    void aBehaviourOfKm168Conforms() {
        Cli r = replay(Cli.trace("km168-good.ndjson"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Cli.trace("km168-good.ndjson") + ": conforms (14 steps)", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void aDivergingTraceExitsOneWithTheReport() {
        // the good trace first: its Replayer is reused for the second
        Cli r = replay(Cli.trace("km168-good.ndjson"), Cli.trace("km168-intr-fails.ndjson"));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("km168-intr-fails.ndjson: DIVERGES at step 12"), r.out());
        assertTrue(r.out().contains("recorded state is not a successor under IAlloc"), r.out());
        assertTrue(r.out().matches("(?s).*intrFails\\s+\\|\\s+1\\s+\\|\\s+0.*"), r.out());
        assertTrue(r.out().contains("1 of 2 traces conform"), r.out());
    }

    @Test
    void aMissingTraceExitsTwoNamingIt() {
        Cli r = replay("no-such-trace.ndjson");
        assertEquals(2, r.exitCode());
        assertEquals("kmcheck: trace no-such-trace.ndjson: no such file", r.err().strip());
    }

    @Test
    void aDirectoryIsNoTrace(@TempDir Path dir) {
        Cli r = replay(dir.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test
    void anEmptyTraceExitsTwo() {
        Cli r = replay(Cli.trace("empty.ndjson"));
        assertEquals(2, r.exitCode());
        assertEquals("kmcheck: " + Cli.trace("empty.ndjson") + ":1: empty file: header missing", r.err().strip());
    }

    @Test
    void aRevisionNoModelChecksExitsTwo() {
        Cli r = replay(Cli.trace("km999-unknown-revision.ndjson"));
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("unknown revision \"km9.99\""), r.err());
    }

    @Test
    void aSpecsDirectoryWithoutTheModuleExitsTwo(@TempDir Path dir) {
        Cli r = Cli.run("--specs", dir.toString(), "replay", Cli.trace("km168-good.ndjson"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no module MCPoolSlowdown.tla in " + dir), r.err());
    }

    /** The header may name the model module; one that specs/ does not have is bad input. */
    @Test
    void aModuleFieldInTheHeaderNamesTheModel(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("with-module.ndjson");
        Files.writeString(trace, Files.readString(Cli.resource("cli/km168-good.ndjson"))
                .replaceFirst("\"spec\":\"PoolSlowdown\",", "\"spec\":\"PoolSlowdown\",\"module\":\"MCNoSuchModel\","));
        Cli r = replay(trace.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no module MCNoSuchModel.tla"), r.err());
    }

    /** TLC cannot load the spec: not the trace's fault, so exit 3, still with one line. */
    @Test
    void aSpecThatDoesNotParseIsAnInternalError(@TempDir Path specs) throws IOException {
        Files.writeString(specs.resolve("expected.tsv"), "MCPoolSlowdown_km168_small\tok\t-\tbroken on purpose\n");
        Files.writeString(specs.resolve("MCPoolSlowdown_km168_small.cfg"),
                "CONSTANT Revision = \"km1.68\"\nINVARIANT TypeOK\n");
        Files.writeString(specs.resolve("MCPoolSlowdown.tla"), "---- MODULE MCPoolSlowdown ----\nTypeOK == \n====\n");
        Cli r = Cli.run("replay", "--specs", specs.toString(), Cli.trace("km168-good.ndjson"));
        assertEquals(3, r.exitCode(), r.err());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().startsWith("kmcheck: "), r.err());
    }
}
