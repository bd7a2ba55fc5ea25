package kmcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** {@code kmcheck plot}: the files it writes are images a viewer opens. */
class PlotCommandTest {
    private static final String GOOD = Cli.trace("km168-good.ndjson");
    private static final String FAILS = Cli.trace("km168-intr-fails.ndjson");

    @Test
    void twoTracesMakeOneWellFormedSvgOfTwoPanels(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("reserve.svg");
        Cli r = Cli.run("plot", GOOD, FAILS, "-o", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + svg + " (2 panels)", r.out().strip());

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the file names the SVG 1.1 DTD; validity here is well-formedness, without fetching it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(svg))))
                .getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 " + 2 * kmcheck.plot.ReservePlot.PANEL_WIDTH + " " + kmcheck.plot.ReservePlot.PANEL_HEIGHT,
                root.getAttribute("viewBox"));
        assertTrue(root.getElementsByTagNameNS("*", "path").getLength() > 0, "nothing drawn");
    }

    @Test
    void onePngPanel(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("reserve.PNG");
        Cli r = Cli.run("plot", "-o", png.toString(), FAILS);
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "not a readable image");
        assertEquals(kmcheck.plot.ReservePlot.PANEL_WIDTH, image.getWidth());
        assertEquals(kmcheck.plot.ReservePlot.PANEL_HEIGHT, image.getHeight());
    }

    @Test
    void anUnknownImageFormatIsAUsageError(@TempDir Path dir) {
        Cli r = Cli.run("plot", GOOD, "-o", dir.resolve("reserve.pdf").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("must end in .svg or .png"), r.err());
        assertEquals(0, dir.toFile().list().length);
    }

    @Test
    void theOutputIsRequired() {
        Cli r = Cli.run("plot", GOOD);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'--out=FILE'"), r.err());
    }

    @Test
    void aMissingTraceWritesNothing(@TempDir Path dir) {
        Cli r = Cli.run("plot", GOOD, "missing.ndjson", "-o", dir.resolve("x.svg").toString());
        assertEquals(2, r.exitCode());
        assertEquals("kmcheck: trace missing.ndjson: no such file", r.err().strip());
        assertEquals(0, dir.toFile().list().length);
    }
}
