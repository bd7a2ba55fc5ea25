package kmcheck.cli;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws {@link ReserveSeries} with XChart: one chart per trace, side by side in one image. The
 * panels share the y range so that reserve levels compare at a glance. An SVG is one vector drawing
 * (all charts painted into one {@link VectorGraphics2D}, so the file has one root and unique ids);
 * a PNG is the charts' bitmaps pasted next to each other. Stateless.
 */
final class ReservePlot {
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 420;

    private ReservePlot() {
    }

    /** Writes the panels to {@code out}, as SVG or PNG after its extension. */
    static void write(List<ReserveSeries> traces, Path out, Format format) throws IOException {
        int yMax = traces.stream().mapToInt(ReserveSeries::maxLevel).max().orElse(0) + 1;
        List<XYChart> charts = traces.stream().map(t -> chart(t, yMax)).toList();
        int width = PANEL_WIDTH * charts.size();
        try (OutputStream stream = Files.newOutputStream(out)) {
            if (format == Format.SVG) {
                VectorGraphics2D g = new VectorGraphics2D();
                for (XYChart chart : charts) {
                    chart.paint(g, PANEL_WIDTH, PANEL_HEIGHT);
                    g.translate(PANEL_WIDTH, 0);
                }
                new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, PANEL_HEIGHT))
                        .writeTo(stream);
            } else {
                BufferedImage image = new BufferedImage(width, PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                for (int i = 0; i < charts.size(); i++) {
                    g.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), i * PANEL_WIDTH, 0, null);
                }
                g.dispose();
                ImageIO.write(image, "png", stream);
            }
        }
    }

    private static XYChart chart(ReserveSeries t, int yMax) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(t.revision() + ": " + t.trace().getFileName())
                .xAxisTitle("step").yAxisTitle("reserve pages (kmFree)").build();
        chart.getStyler().setYAxisMin(0.0).setYAxisMax((double) yMax)
                .setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal)
                .setMarkerSize(9);
        double[] steps = new double[t.kmFree().size()];
        double[] levels = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
            levels[i] = t.kmFree().get(i);
        }
        XYSeries reserve = chart.addSeries("kmFree", steps, levels);
        // the level changes at a step and holds until the next one
        reserve.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        reserve.setMarker(SeriesMarkers.NONE).setLineColor(new Color(40, 90, 170));
        if (t.lowat() != null) {
            double last = Math.max(steps.length - 1, 1);
            XYSeries lowat = chart.addSeries("LOWAT " + t.lowat(), new double[] {0, last},
                    new double[] {t.lowat(), t.lowat()});
            lowat.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY)
                    .setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
        }
        markers(chart, "slowdown", t.slowdowns(), levels, SeriesMarkers.TRIANGLE_DOWN, new Color(230, 140, 0));
        markers(chart, "yield", t.yields(), levels, SeriesMarkers.DIAMOND, new Color(30, 150, 60));
        markers(chart, "interrupt failure", t.intrFails(), levels, SeriesMarkers.CROSS, new Color(200, 30, 30));
        return chart;
    }

    /** A marker on the reserve line at each of {@code at}; no series at all when there is none (XChart needs data). */
    private static void markers(XYChart chart, String name, List<Integer> at, double[] levels, Marker marker,
                                Color color) {
        if (at.isEmpty()) {
            return;
        }
        double[] x = at.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] y = at.stream().mapToDouble(i -> levels[i]).toArray();
        XYSeries s = chart.addSeries(name + " (" + at.size() + ")", x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker).setMarkerColor(color);
    }

    /** The image formats, chosen by the output file's extension. */
    enum Format {
        SVG, PNG;

        /** The format {@code file}'s name asks for, or {@code null} for an unknown extension. */
        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".svg") ? SVG : name.endsWith(".png") ? PNG : null;
        }
    }
}
