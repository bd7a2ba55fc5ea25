package kmcheck.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws {@link ReserveSeries} with XChart: one chart per trace, in a grid of {@value #COLUMNS}
 * columns, so five traces make a page-sized 3 × 2 grid rather than a strip. The panels share the y
 * range so that reserve levels compare at a glance. Long traces are drawn from their min/max per
 * bucket ({@link Downsample}), about two points per pixel column, so a 10^6-step trace costs what a
 * 3,000-step one does. The markers sit apart: slowdowns just above the reserve line, yields just
 * below, interrupt failures on it, each in its own shape and colour.
 *
 * <p>An SVG is one vector drawing (all charts painted into one {@link VectorGraphics2D}, so the
 * file has one root and unique ids); a PNG is the charts' bitmaps pasted into one image. Stateless.
 */
public final class ReservePlot {
    public static final int PANEL_WIDTH = 560;
    public static final int PANEL_HEIGHT = 320;
    public static final int COLUMNS = 2;
    /** Buckets per panel: about two per pixel column of the plot area. */
    static final int BUCKETS = 1000;
    /** How far above or below the line a marker sits, in reserve pages, so that markers do not cover each other. */
    private static final double MARKER_OFFSET = 0.35;

    private ReservePlot() {
    }

    /** The image size for {@code panels} panels: {@code [width, height]}. */
    public static int[] size(int panels) {
        int columns = Math.min(COLUMNS, Math.max(panels, 1));
        int rows = (panels + columns - 1) / columns;
        return new int[] {columns * PANEL_WIDTH, Math.max(rows, 1) * PANEL_HEIGHT};
    }

    /** Writes the panels to {@code out}, as SVG or PNG after its extension. */
    public static void write(List<ReserveSeries> traces, Path out, Format format) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            if (format == Format.SVG) {
                writeSvg(traces, stream);
            } else {
                List<XYChart> charts = charts(traces);
                int[] size = size(charts.size());
                BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, size[0], size[1]);
                for (int i = 0; i < charts.size(); i++) {
                    g.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), (i % COLUMNS) * PANEL_WIDTH,
                            (i / COLUMNS) * PANEL_HEIGHT, null);
                }
                g.dispose();
                ImageIO.write(image, "png", stream);
            }
        }
    }

    /** The panels as one SVG document, for a page that inlines it. */
    public static String svg(List<ReserveSeries> traces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeSvg(traces, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeSvg(List<ReserveSeries> traces, OutputStream stream) throws IOException {
        List<XYChart> charts = charts(traces);
        int[] size = size(charts.size());
        VectorGraphics2D g = new VectorGraphics2D();
        for (int i = 0; i < charts.size(); i++) {
            int dx = (i % COLUMNS) * PANEL_WIDTH;
            int dy = (i / COLUMNS) * PANEL_HEIGHT;
            g.translate(dx, dy);
            charts.get(i).paint(g, PANEL_WIDTH, PANEL_HEIGHT);
            g.translate(-dx, -dy);
        }
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, size[0], size[1])).writeTo(stream);
    }

    private static List<XYChart> charts(List<ReserveSeries> traces) {
        int yMax = traces.stream().mapToInt(ReserveSeries::maxLevel).max().orElse(0) + 1;
        return traces.stream().map(t -> chart(t, yMax)).toList();
    }

    private static XYChart chart(ReserveSeries t, int yMax) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(t.revision() + ": " + t.trace().getFileName())
                .xAxisTitle("step").yAxisTitle("reserve pages (kmFree)").build();
        XYStyler style = chart.getStyler();
        style.setYAxisMin(-0.6).setYAxisMax(yMax + 0.6);
        // thinned ticks: XChart puts a tick every few steps; only multiples of a round step of
        // about a sixth of the trace get a label (grouped digits); the y axis counts whole pages
        double labelEvery = roundStep(Math.max(t.kmFree().length - 1, 1) / 6.0);
        style.setxAxisTickLabelsFormattingFunction(x -> Math.abs(x / labelEvery - Math.rint(x / labelEvery)) < 1e-9
                ? String.format(java.util.Locale.ROOT, "%,d", Math.round(x)) : "");
        style.setYAxisDecimalPattern("0");
        style.setLegendFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        style.setLegendPosition(Styler.LegendPosition.OutsideS);
        style.setLegendLayout(Styler.LegendLayout.Horizontal);
        style.setMarkerSize(7);
        style.setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        int steps = t.kmFree().length;
        Downsample.Points points = Downsample.levels(t.kmFree(), BUCKETS);
        if (points.reduced()) {
            // said on the axis, not in the legend, which has no room for it
            chart.setXAxisTitle(String.format(java.util.Locale.ROOT, "step (the line joins each %,d steps' min and max)",
                    Downsample.bucketSize(steps, BUCKETS)));
        }
        XYSeries reserve = chart.addSeries("kmFree", points.x(), points.y());
        // the level changes at a step and holds until the next one; reduced, the line joins extremes
        reserve.setXYSeriesRenderStyle(points.reduced() ? XYSeries.XYSeriesRenderStyle.Line
                : XYSeries.XYSeriesRenderStyle.Step);
        reserve.setMarker(SeriesMarkers.NONE).setLineColor(new Color(40, 90, 170));
        if (t.lowat() != null) {
            double last = Math.max(steps - 1, 1);
            XYSeries lowat = chart.addSeries("LOWAT " + t.lowat(), new double[] {0, last},
                    new double[] {t.lowat(), t.lowat()});
            lowat.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY)
                    .setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
        }
        markers(chart, "slowdown", t.slowdowns(), t.kmFree(), MARKER_OFFSET, SeriesMarkers.TRIANGLE_DOWN,
                new Color(230, 140, 0));
        markers(chart, "yield", t.yields(), t.kmFree(), -MARKER_OFFSET, SeriesMarkers.DIAMOND,
                new Color(30, 150, 60));
        markers(chart, "intr failure", t.intrFails(), t.kmFree(), 0, SeriesMarkers.CROSS,
                new Color(200, 30, 30));
        return chart;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code x}. */
    static double roundStep(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(x, 1))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= x) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /**
     * A marker near the reserve line at each of {@code at} (one per bucket of a long trace), offset by
     * {@code dy}; the legend counts every event. No series when there is none (XChart needs data).
     */
    private static void markers(XYChart chart, String name, int[] at, int[] levels, double dy, Marker marker,
                                Color color) {
        if (at.length == 0) {
            return;
        }
        int[] kept = Downsample.markers(at, levels.length, BUCKETS);
        double[] x = new double[kept.length];
        double[] y = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            x[i] = kept[i];
            y[i] = levels[kept[i]] + dy;
        }
        XYSeries s = chart.addSeries(name + " (" + String.format(java.util.Locale.ROOT, "%,d", at.length) + ")", x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker).setMarkerColor(color);
    }

    /** The image formats, chosen by the output file's extension. */
    public enum Format {
        SVG, PNG;

        /** The format {@code file}'s name asks for, or {@code null} for an unknown extension. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".svg") ? SVG : name.endsWith(".png") ? PNG : null;
        }
    }
}
