package kmcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page without a browser: input text never becomes markup; a missing input says so. */
class ReportPageTest {
    private static final Path SPECS = Path.of(System.getProperty("kmcheck.specs", "../specs"));

    @Test
    void aTraceNamedLikeMarkupIsTextOnThePage(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("<script>alert(1)<");
        Files.copy(Path.of(ReportPageTest.class.getResource("/cli/km168-good.ndjson").toURI()), trace);
        String page = ReportPage.render(new ReportPage.Inputs(SPECS, dir.resolve("none.tsv"), dir.resolve("none.tsv"),
                dir.resolve("none.tsv"), List.of(trace), "v <1>"));
        assertFalse(page.contains("<script>alert"), "a file name became markup");
        assertEquals(1, page.split("<script>", -1).length - 1, "only the page's own self-check script");
        assertTrue(page.contains("v &lt;1&gt;"));
        assertTrue(page.contains("Not run: " + dir.resolve("none.tsv") + " is missing (kmcheck check --results writes it)"));
    }

    @Test
    void markdownTablesBecomeTablesAndCodeStaysText() {
        assertEquals("<p>a <code>x&lt;y</code></p>\n<table class=\"steps\">\n<tr><th>#</th><th>b</th></tr>\n"
                + "<tr><td>2</td><td><code>p|q</code></td></tr>\n</table>\n",
                Html.markdown("a `x<y`\n\n| # | b |\n|---:|---|\n| 2 | `p\\|q` |\n"));
    }
}
