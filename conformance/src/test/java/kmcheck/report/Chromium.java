package kmcheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) on a local page: the DOM after its scripts ran,
 * the console messages, a screenshot. Each run has its own profile directory under {@code work};
 * Chromium's helper processes (renderer, GPU, zygote) are found by that directory on their command
 * line and ended with the browser, so a run leaves no process behind, even past its timeout.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    /** What the browser made of a page. */
    record Page(String dom, List<String> console) {
    }

    private Chromium() {
    }

    static boolean present() {
        return Files.isExecutable(BINARY);
    }

    /** Loads {@code html} and returns its DOM once loaded; with {@code screenshot}, also a PNG of the first 1280×{@code height} pixels. */
    static Page load(Path html, Path work, Path screenshot, int height) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        if (screenshot != null) {
            cmd.add("--window-size=1280," + height);
            cmd.add("--screenshot=" + screenshot);
        } else {
            cmd.add("--dump-dom");
        }
        cmd.add(html.toUri().toString());
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            endAll(p, profile);
        }
        List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
        return new Page(Files.readString(out, StandardCharsets.UTF_8), console);
    }

    /** Ends the browser and every process that runs with this run's profile directory (ours alone). */
    private static void endAll(Process browser, Path profile) throws InterruptedException {
        browser.descendants().forEach(ProcessHandle::destroyForcibly);
        browser.destroyForcibly();
        browser.waitFor(10, TimeUnit.SECONDS);
        String mine = "--user-data-dir=" + profile;
        ProcessHandle.allProcesses()
                .filter(h -> h.info().arguments().map(a -> List.of(a).contains(mine)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
