package kmcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kmcheck.campaign.CampaignTable;
import kmcheck.campaign.RevisionResult;
import kmcheck.check.ExpectedTableException;
import kmcheck.explain.ExplainInputException;
import kmcheck.explain.WriteUps;
import kmcheck.history.History;
import kmcheck.matrix.CellResult;
import kmcheck.matrix.MatrixResults;
import kmcheck.matrix.MatrixTable;
import kmcheck.plot.ReservePlot;
import kmcheck.plot.ReserveSeries;
import kmcheck.tracefile.TraceFormatException;

/**
 * {@code kmcheck report}: one self-contained HTML page for reviewers (no network: the styles and
 * the plots are inline, the only script is the page's own self-check). Its sections, each a
 * {@code <section data-section="...">}: the annals, the full matrix, the plots (inline SVG), the
 * NoBadIntrFail boundary as a coloured grid, the conformance campaign, every counterexample table.
 * A result file that is missing makes its section say so, in words, rather than vanish.
 *
 * <p>The script at the end counts, in the browser, the sections and the marks the plot drew, and
 * writes them into {@code #selfcheck}: what the headless-browser test reads back.
 */
public final class ReportPage {
    /** The sections, in page order: id and heading. */
    public static final List<String[]> SECTIONS = List.of(
            new String[] {"annals", "The annals"},
            new String[] {"matrix", "The full matrix: every revision × every property"},
            new String[] {"plots", "The same greedy workload under each revision"},
            new String[] {"boundary", "NoBadIntrFail: the boundary"},
            new String[] {"conformance", "The Java model under the conformance campaign"},
            new String[] {"counterexamples", "Counterexamples, from TLC"});

    /**
     * What the page is made of.
     *
     * @param checkResults {@code kmcheck check --results}
     * @param campaign     {@code kmcheck campaign}'s campaign.tsv
     * @param matrix       {@code kmcheck matrix --results}
     * @param traces       the traces to plot
     * @param version      kmcheck's version line
     */
    public record Inputs(Path specsDir, Path checkResults, Path campaign, Path matrix, List<Path> traces,
                         String version) {
    }

    private ReportPage() {
    }

    public static String render(Inputs in) throws IOException, ExpectedTableException, ExplainInputException,
            TraceFormatException, kmcheck.campaign.CampaignResultsException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>kmcheck: the annals for reviewers</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>kmcheck: the annals for reviewers</h1>\n<p class=\"meta\">")
                .append(Html.escape(in.version())).append(". Made by <code>kmcheck report</code> from the files of one ")
                .append("<code>make check</code>; every verdict below is TLC's.</p>\n<nav>");
        for (String[] s : SECTIONS) {
            b.append("<a href=\"#").append(s[0]).append("\">").append(Html.escape(s[1])).append("</a> ");
        }
        b.append("</nav>\n");
        section(b, 0, annals(in));
        section(b, 1, matrix(in.matrix()));
        section(b, 2, plots(in.traces()));
        section(b, 3, boundary(in.specsDir()));
        section(b, 4, conformance(in.campaign()));
        // last: the longest, thirteen step tables
        section(b, 5, counterexamples(in.specsDir()));
        b.append("<pre id=\"selfcheck\"></pre>\n<script>\n").append(SELF_CHECK).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void section(StringBuilder b, int i, String body) {
        String[] s = SECTIONS.get(i);
        b.append("<section id=\"").append(s[0]).append("\" data-section=\"").append(s[0]).append("\">\n<h2>")
                .append(Html.escape(s[1])).append("</h2>\n").append(body).append("</section>\n");
    }

    private static String missing(Path file, String what) {
        return "<p class=\"missing\">Not run: " + Html.escape(file.toString()) + " is missing (" + Html.escape(what)
                + ").</p>\n";
    }

    private static String annals(Inputs in) throws IOException, ExpectedTableException,
            kmcheck.campaign.CampaignResultsException {
        if (!Files.isRegularFile(in.checkResults())) {
            return missing(in.checkResults(), "kmcheck check --results writes it");
        }
        List<Path> campaign = Files.isRegularFile(in.campaign()) ? List.of(in.campaign()) : List.of();
        History h = History.build(in.specsDir(), in.checkResults(), campaign);
        return "<p>One row per kernel revision, one column per property group, from the models of "
                + "<code>specs/expected.tsv</code> (<code>kmcheck history</code>).</p>\n<pre class=\"annals\">"
                + Html.escape(h.text()) + "</pre>\n";
    }

    private static String matrix(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return missing(file, "kmcheck matrix --results writes it");
        }
        List<CellResult> results = MatrixResults.read(file);
        MatrixTable t = MatrixTable.of(results);
        StringBuilder b = new StringBuilder("<table class=\"matrix\">\n<tr><th>revision</th>");
        for (String p : t.properties()) {
            b.append("<th title=\"").append(Html.escape(p)).append("\">").append(Html.escape(MatrixTable.heading(p)))
                    .append("</th>");
        }
        b.append("</tr>\n");
        for (String rev : t.revisions()) {
            b.append("<tr><th>").append(Html.escape(rev)).append("</th>");
            for (String p : t.properties()) {
                CellResult r = t.result(rev, p);
                String kind = r == null ? "none" : r.outcome().name().toLowerCase(java.util.Locale.ROOT);
                String title = rev + " × " + p + (r == null ? "" : ": " + r.outcome().word()
                        + (r.cell().why().isEmpty() ? "" : " — " + r.cell().why())
                        + (r.message().isEmpty() ? "" : " — " + r.message()));
                b.append("<td class=\"").append(kind).append(r != null && !r.asExpected() ? " surprise" : "")
                        .append("\" title=\"").append(Html.escape(title)).append("\">")
                        .append(Html.escape(t.symbol(r))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<ul class=\"legend\">\n");
        for (String l : t.legend()) {
            b.append("<li>").append(Html.escape(l)).append("</li>\n");
        }
        b.append("</ul>\n<p>Expected outcomes: <code>specs/matrix.tsv</code>; the surprising cells have write-ups "
                + "below (<code>cell-…</code>) and in <code>specs/README.md</code>.</p>\n");
        return b.toString();
    }

    private static String counterexamples(Path specsDir) throws IOException, ExplainInputException {
        StringBuilder b = new StringBuilder("<p>Each table is the part of <code>specs/counterexamples/…md</code> that "
                + "<code>kmcheck explain --write</code> generates from TLC's output (checked by "
                + "<code>kmcheck explain --all --check</code>); the prose is in the files.</p>\n<ul class=\"toc\">\n");
        List<String> targets = WriteUps.targets(specsDir);
        for (String t : targets) {
            b.append("<li><a href=\"#cex-").append(anchor(t)).append("\">").append(Html.escape(t)).append("</a></li>\n");
        }
        b.append("</ul>\n");
        for (String t : targets) {
            Path file = WriteUps.of(specsDir, t);
            String title = Files.readAllLines(file).stream().filter(l -> l.startsWith("# ")).findFirst()
                    .map(l -> l.substring(2)).orElse(t);
            b.append("<article id=\"cex-").append(anchor(t)).append("\">\n<h3>").append(Html.inline(title))
                    .append("</h3>\n<p class=\"meta\">").append(Html.escape(specsDir.relativize(file).toString()))
                    .append("</p>\n").append(Html.markdown(WriteUps.generated(file))).append("</article>\n");
        }
        return b.toString();
    }

    private static String anchor(String target) {
        return target.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    private static String plots(List<Path> traces) throws IOException, TraceFormatException {
        List<ReserveSeries> series = new ArrayList<>();
        for (Path t : traces) {
            if (!Files.isRegularFile(t)) {
                return missing(t, "make check simulates the story's traces");
            }
            series.add(ReserveSeries.read(t));
        }
        if (series.isEmpty()) {
            return "<p class=\"missing\">Not run: no traces to plot.</p>\n";
        }
        String svg = ReservePlot.svg(series);
        // inline SVG in HTML: the XML declaration and the DTD are for a file of its own
        svg = svg.replaceFirst("^<\\?xml[^>]*>\\s*", "").replaceFirst("^<!DOCTYPE[^>]*>\\s*", "");
        return "<p>The reserve level <code>kmFree</code> over the steps of one controlled run per revision "
                + "(<code>kmcheck simulate --greedy 12</code>): LOWAT dashed, slowdowns ▾ just above the line, yields "
                + "◆ just below, interrupt failures × on it.</p>\n<figure class=\"plot\">" + svg + "</figure>\n";
    }

    private static String boundary(Path specsDir) throws IOException {
        Path file = specsDir.resolve(BoundarySweep.FILE);
        if (!Files.isRegularFile(file)) {
            return missing(file, "specs/sweeps/nobadintrfail.sh prints it");
        }
        BoundarySweep sweep = BoundarySweep.read(specsDir);
        StringBuilder b = new StringBuilder("<p>km1.68, NoBadIntrFailInv over |Procs| × MAXINTR × LOWAT "
                + "(<code>specs/sweeps/nobadintrfail.sh</code>, results in <code>specs/" + BoundarySweep.FILE
                + "</code>), under each scheduling rule of a yield (<code>SCHED</code>). Green holds, red fails (the "
                + "counterexample's states); the thick edge is |Procs| + MAXINTR = LOWAT: under \"up\" it holds up "
                + "to the edge and fails one past it.</p>\n");
        for (String sched : List.of("up", "mp")) {
            List<BoundarySweep.Row> rows = sweep.under(sched);
            if (!rows.isEmpty()) {
                b.append("<p><code>SCHED = \"").append(sched).append("\"</code>").append(sched.equals("up")
                        ? " (uniprocessor: the woken thread runs before the yielder)"
                        : " (multiprocessor: a yield may end at any time)").append("</p>\n");
                grid(b, rows);
            }
        }
        return b.toString();
    }

    private static void grid(StringBuilder b, List<BoundarySweep.Row> rows) {
        TreeSet<Integer> lowats = new TreeSet<>();
        rows.forEach(r -> lowats.add(r.lowat()));
        b.append("<table class=\"grid\">\n<tr><th>|Procs|</th><th>MAXINTR</th>");
        lowats.forEach(l -> b.append("<th>LOWAT ").append(l).append("</th>"));
        b.append("</tr>\n");
        String lastKey = null;
        for (BoundarySweep.Row r : rows) {
            String key = r.procs() + "/" + r.intrs();
            if (!key.equals(lastKey)) {
                if (lastKey != null) {
                    b.append("</tr>\n");
                }
                b.append("<tr><th>").append(r.procs()).append("</th><th>").append(r.intrs()).append("</th>");
                lastKey = key;
            }
            boolean edge = r.procs() + r.intrs() == r.lowat();
            String cls = (r.verdict().equals("ok") ? "ok" : r.verdict().equals("violated") ? "fails" : "error")
                    + (edge ? " edge" : "");
            b.append("<td class=\"").append(cls).append("\" title=\"").append(Html.escape(r.revision() + ", SCHED "
                    + r.sched() + ", |Procs| " + r.procs() + ", MAXINTR " + r.intrs() + ", LOWAT " + r.lowat() + ": "
                    + r.verdict())).append("\">")
                    .append(r.verdict().equals("ok") ? "ok" : r.verdict().equals("violated") ? "✗" + Html.escape(r.cex())
                            : "E").append("</td>");
        }
        b.append("</tr>\n</table>\n");
    }

    private static String conformance(Path campaign) throws IOException, kmcheck.campaign.CampaignResultsException {
        if (!Files.isRegularFile(campaign)) {
            return missing(campaign, "kmcheck campaign -o DIR writes DIR/campaign.tsv");
        }
        List<CampaignTable.Row> rows = CampaignTable.read(campaign);
        String settings = rows.stream().map(r -> r.runs().toString()).distinct().collect(Collectors.joining("; "));
        StringBuilder b = new StringBuilder("<p>Every revision of the Java model under controlled schedules ("
                + Html.escape(settings) + "), every trace replayed against the spec with TLC's evaluator "
                + "(<code>kmcheck campaign</code>); a buggy revision counts as caught only by the invariant "
                + "<code>expected.tsv</code> names.</p>\n"
                + "<table class=\"campaign\">\n<tr><th>revision</th><th>expected</th><th>runs</th><th>conforming</th>"
                + "<th>result</th></tr>\n");
        for (CampaignTable.Row row : rows) {
            RevisionResult r = row.result();
            b.append("<tr class=\"").append(r.asExpected() ? "ok" : "fails").append("\"><td>")
                    .append(Html.escape(r.revision())).append("</td><td>")
                    .append(Html.escape(r.correct() ? "conforms" : r.expected())).append("</td><td>").append(r.tries())
                    .append("</td><td>").append(r.conforming()).append("</td><td>").append(Html.escape(r.cell()))
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private static final String STYLE = """
            body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1180px; color: #222; }
            h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #ccd; padding-bottom: .2em; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-top: 1.6em; }
            nav a { margin-right: 1em; } .meta { color: #666; font-size: .9em; }
            code { background: #f3f3f6; padding: 0 .2em; border-radius: 3px; font-size: .92em; }
            pre.annals { background: #f7f7fa; padding: .8em; overflow-x: auto; font-size: 12.5px; line-height: 1.3; }
            table { border-collapse: collapse; margin: .6em 0; }
            td, th { border: 1px solid #ccd; padding: .15em .45em; text-align: left; vertical-align: top; }
            table.steps { font-size: 12.5px; } table.steps td:first-child { text-align: right; }
            table.matrix td, table.grid td { text-align: center; font-variant-numeric: tabular-nums; min-width: 2.6em; }
            td.ok, tr.ok td { background: #dff3df; } td.fails, tr.fails td { background: #f8d4d0; }
            td.not_applicable { background: #ececec; color: #777; } td.error, td.none { background: #fff0b3; }
            td.surprise { outline: 3px solid #e08a00; outline-offset: -3px; font-weight: bold; }
            td.edge { border-right: 4px solid #333; }
            ul.legend { font-size: .9em; color: #444; } ul.toc { columns: 2; font-size: .92em; }
            figure.plot { margin: 0; } figure.plot svg { width: 100%; height: auto; border: 1px solid #ddd; }
            p.missing { background: #fff0b3; padding: .5em; }
            #selfcheck { color: #888; font-size: .8em; }
            """;

    private static final String SELF_CHECK = """
            (function () {
              var sections = document.querySelectorAll('section[data-section]');
              var names = [];
              for (var i = 0; i < sections.length; i++) { names.push(sections[i].getAttribute('data-section')); }
              var drawn = 0;
              var marks = document.querySelectorAll('#plots svg path, #plots svg polyline, #plots svg line');
              for (var j = 0; j < marks.length; j++) {
                var box = marks[j].getBBox();
                if (box.width > 0 || box.height > 0) { drawn++; }
              }
              document.getElementById('selfcheck').textContent =
                'selfcheck sections=' + names.join(',') + ' plot-marks=' + drawn +
                ' counterexample-tables=' + document.querySelectorAll('#counterexamples table.steps').length;
            })();
            """;
}
