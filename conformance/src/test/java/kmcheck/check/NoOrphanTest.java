package kmcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TLC child dies, and its scratch directory goes, when its kmcheck is killed (-9) or terminated;
 * so do distributed TLC's server and workers.
 */
class NoOrphanTest {
    @TempDir
    Path dir;

    @Test
    void killMinusNineOfTheParentEndsTheChildAndRemovesItsScratch() throws Exception {
        assertNoLeftovers(true);
    }

    @Test
    void sigtermOfTheParentEndsTheChildAndRemovesItsScratch() throws Exception {
        assertNoLeftovers(false);
    }

    @Test
    void killMinusNineOfTheParentEndsTheServerAndTheWorkers() throws Exception {
        assertNoLeftovers(true, "distributed", 3);
    }

    private void assertNoLeftovers(boolean kill9) throws Exception {
        assertNoLeftovers(kill9, "single", 1);
    }

    private void assertNoLeftovers(boolean kill9, String mode, int expected) throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        // an infinite state space: TLC runs until stopped
        Files.writeString(specs.resolve("Slow.tla"), "---- MODULE Slow ----\nEXTENDS Naturals\nVARIABLE x\n"
                + "Init == x = 0\nNext == x' = x + 1\n====\n");
        Files.writeString(specs.resolve("Slow.cfg"), "INIT Init\nNEXT Next\n");
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                OrphanParent.class.getName(), specs.toString(), mode).redirectErrorStream(true)
                .redirectOutput(dir.resolve("parent.out").toFile()).start();
        try {
            List<ProcessHandle> children = List.of();
            for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end
                    && (children.size() < expected || scratchDirs(tmp) < expected); ) {
                Thread.sleep(200);
                children = parent.descendants().toList();
            }
            assertEquals(expected, children.size(), "TLC children of the parent");
            Thread.sleep(3000); // TLC is running and has written into its scratch directories
            assertEquals(expected, scratchDirs(tmp), "one scratch directory per child while TLC runs");
            if (kill9) {
                parent.destroyForcibly();
            } else {
                parent.destroy();
            }
            parent.waitFor();
            long end = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < end && (children.stream().anyMatch(ProcessHandle::isAlive) || scratchDirs(tmp) > 0)) {
                Thread.sleep(100);
            }
            assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), "TLC outlived its parent");
            assertEquals(0, scratchDirs(tmp), "a scratch directory is left");
        } finally {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    private static long scratchDirs(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(TlcChild.SCRATCH_PREFIX)).count();
        }
    }
}
