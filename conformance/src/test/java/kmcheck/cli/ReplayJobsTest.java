package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kmcheck.bench.TraceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kmcheck replay --jobs 2} prints exactly what {@code --jobs 1} prints and exits the same. */
class ReplayJobsTest {
    @TempDir
    Path dir;

    @Test
    void twoJobsGiveTheOutputOfOne() throws Exception {
        List<String> traces = new ArrayList<>();
        // three models (class loaders per job), conforming and diverging traces, bad input among them
        String[] revisions = {"km1.68", "km1.66", "km1.84", "km1.68", "pool1.160", "km1.84"};
        for (int i = 0; i < revisions.length; i++) {
            traces.add(TraceFiles.controlled(dir.resolve(i + "-" + revisions[i] + ".ndjson"), revisions[i], 40 + i, 150)
                    .toString());
            if (i == 2) {
                traces.add(Cli.trace("km999-unknown-revision.ndjson"));
                traces.add(Cli.trace("km168-intr-fails.ndjson"));
                traces.add(dir.resolve("no-such-trace.ndjson").toString());
            }
        }
        Cli one = replay(1, traces);
        Cli two = replay(2, traces);
        assertEquals(one.out(), two.out());
        assertEquals(one.err(), two.err());
        assertEquals(one.exitCode(), two.exitCode());
        // the comparison is of something: conforming, diverging and rejected traces, in argument order
        assertEquals(2, one.exitCode(), one.err());
        assertTrue(one.out().contains("km168-intr-fails.ndjson: DIVERGES at step 12"), one.out());
        assertTrue(one.out().contains("0-km1.68.ndjson: conforms"), one.out());
        assertTrue(one.out().indexOf("0-km1.68.ndjson") < one.out().indexOf("5-km1.84.ndjson"), one.out());
        assertTrue(one.err().contains("no-such-trace.ndjson: no such file"), one.err());
        assertTrue(one.err().indexOf("km999") < one.err().indexOf("no-such-trace"), one.err());
        assertTrue(one.out().contains(" of 9 traces conform"), one.out());
    }

    @Test
    void zeroJobsIsAUsageError() {
        Cli r = Cli.run("replay", "--specs", Cli.specs(), "--jobs", "0", Cli.trace("km168-good.ndjson"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("kmcheck: --jobs must be at least 1, not 0"), r.err());
    }

    private static Cli replay(int jobs, List<String> traces) {
        List<String> args = new ArrayList<>(List.of("replay", "--specs", Cli.specs(), "--jobs", Integer.toString(jobs)));
        args.addAll(traces);
        return Cli.run(args.toArray(String[]::new));
    }
}
