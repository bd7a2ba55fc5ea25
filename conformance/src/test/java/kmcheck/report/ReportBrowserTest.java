package kmcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmcheck.explain.WriteUps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page in a real browser (headless Chromium): no console message, every section, a plot
 * with marks on it, every counterexample table. Skipped, and said so on stderr, when Debian's
 * chromium is not installed ({@code .ci/run} installs it). {@code -Dkmcheck.screenshot=FILE} keeps a
 * screenshot of the page.
 */
class ReportBrowserTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));
    private static final Pattern SELF_CHECK = Pattern.compile(
            "<pre id=\"selfcheck\">selfcheck sections=([a-z,]*) plot-marks=(\\d+) counterexample-tables=(\\d+)</pre>");

    @BeforeAll
    static void needsChromium() {
        if (!Chromium.present()) {
            System.err.println("ReportBrowserTest: SKIPPED: " + Chromium.BINARY + " is not installed, so the report"
                    + " page is not checked in a browser (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(Chromium.present(), Chromium.BINARY + " is not installed");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReportBrowserTest.class.getResource("/" + name).toURI());
    }

    private static Path page(Path dir, List<Path> traces) throws Exception {
        String html = ReportPage.render(new ReportPage.Inputs(SPECS, resource("report/check.tsv"),
                resource("report/campaign.tsv"), resource("report/matrix.tsv"), traces, "kmcheck test"));
        Path file = dir.resolve("report.html");
        Files.writeString(file, html);
        return file;
    }

    private static Matcher selfCheck(Chromium.Page p) {
        Matcher m = SELF_CHECK.matcher(p.dom());
        assertTrue(m.find(), "the page's self-check did not run: " + p.dom().substring(0, Math.min(400, p.dom().length())));
        return m;
    }

    @Test
    void theReportRendersEverySectionAPlotAndEveryTableWithoutConsoleMessages(@TempDir Path dir) throws Exception {
        Path html = page(dir, List.of(resource("cli/km168-good.ndjson"), resource("cli/km168-intr-fails.ndjson")));
        Chromium.Page p = Chromium.load(html, dir, null, 0);
        assertEquals(List.of(), p.console(), "console messages");
        Matcher m = selfCheck(p);
        assertEquals(String.join(",", ReportPage.SECTIONS.stream().map(s -> s[0]).toList()), m.group(1));
        assertTrue(Integer.parseInt(m.group(2)) > 20, "plot marks drawn: " + m.group(2));
        assertEquals(WriteUps.targets(SPECS).size(), Integer.parseInt(m.group(3)));
        assertFalse(p.dom().contains("class=\"missing\""), "a section says not run");
        String shot = System.getProperty("kmcheck.screenshot");
        if (shot != null) {
            Chromium.load(html, Files.createDirectories(dir.resolve("shot")), Path.of(shot).toAbsolutePath(), 2400);
        }
    }

    @Test
    void aPageWithoutTracesHasAnEmptyPlotWhichTheCheckSees(@TempDir Path dir) throws Exception {
        Chromium.Page p = Chromium.load(page(dir, List.of()), dir, null, 0);
        Matcher m = selfCheck(p);
        assertEquals("0", m.group(2));
        assertTrue(p.dom().contains("Not run: no traces to plot."));
    }

    @Test
    void aScriptErrorIsAConsoleMessage(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("broken.html");
        Files.writeString(html, "<!DOCTYPE html><html><body><script>notDefined();</script></body></html>");
        Chromium.Page p = Chromium.load(html, dir, null, 0);
        assertEquals(1, p.console().size(), p.console().toString());
        assertTrue(p.console().get(0).contains("Uncaught ReferenceError: notDefined is not defined"), p.console().get(0));
    }
}
