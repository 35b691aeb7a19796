package org.lianxin.rest.internal.qr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.zxing.common.BitMatrix;

public class QrCodesTest {
    private static final String URL = "https://lianxin.example.gov.cn/intake?deputy=12";

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    public void pngDecodesBackToTheText() throws Exception {
        byte[] png = QrCodes.png(URL, 300);
        assertEquals("PNG signature", (byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        BufferedImage image = read(png);
        assertEquals(300, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(URL, QrDecoding.png(png));
    }

    @Test
    public void everySizeInRangeDecodes() {
        for (int size : new int[] { QrCodes.MIN_SIZE, 200, QrCodes.DEFAULT_SIZE, 511, QrCodes.MAX_SIZE }) {
            assertEquals("size " + size, URL, QrDecoding.png(QrCodes.png(URL, size)));
        }
    }

    @Test
    public void nonAsciiTextRoundTripsAsUtf8() {
        String text = "连心 · 淮北市杜集区 矿山集街道人大代表之家";
        assertEquals(text, QrDecoding.png(QrCodes.png(text, 400)));
    }

    @Test
    public void modulesAreWholePixelsCentredWithTheQuietZone() throws Exception {
        BitMatrix modules = QrCodes.encode(URL);
        int dim = modules.getWidth();
        assertEquals(dim, modules.getHeight());
        assertEquals("21 + 4k modules plus the margin", 0, (dim - 2 * QrCodes.MARGIN - 21) % 4);
        for (int i = 0; i < dim; i++) {
            assertFalse("quiet zone top", modules.get(i, 0));
            assertFalse("quiet zone left", modules.get(1, i));
        }
        assertTrue("finder pattern corner", modules.get(QrCodes.MARGIN, QrCodes.MARGIN));
        BufferedImage image = QrCodes.image(modules, 300);
        int scale = 300 / dim;
        int offset = (300 - dim * scale) / 2;
        int black = 0xff000000;
        assertEquals("top-left finder module", black, image.getRGB(offset + QrCodes.MARGIN * scale,
                offset + QrCodes.MARGIN * scale));
        assertEquals("last pixel of that module", black, image.getRGB(offset + (QrCodes.MARGIN + 1) * scale - 1,
                offset + (QrCodes.MARGIN + 1) * scale - 1));
        assertEquals("white border", 0xffffffff, image.getRGB(0, 0));
    }

    @Test
    public void sizesAreClamped() throws Exception {
        assertEquals(QrCodes.MIN_SIZE, QrCodes.clamp(1));
        assertEquals(QrCodes.MIN_SIZE, QrCodes.clamp(-5));
        assertEquals(QrCodes.MAX_SIZE, QrCodes.clamp(5000));
        assertEquals(777, QrCodes.clamp(777));
        assertEquals(QrCodes.MIN_SIZE, read(QrCodes.png(URL, 10)).getWidth());
        assertEquals(QrCodes.MAX_SIZE, read(QrCodes.png(URL, 100_000)).getWidth());
        assertTrue(QrCodes.svg(URL, 99_999).contains("width=\"" + QrCodes.MAX_SIZE + "\""));
    }

    @Test
    public void emptyOrOverlongTextIsRefused() {
        for (String text : new String[] { "", null, "x".repeat(5000) }) {
            try {
                QrCodes.encode(text);
                fail("encoded " + (text == null ? null : text.length()));
            } catch (IllegalArgumentException expected) {
                // the REST layer answers 400
            }
        }
    }

    @Test
    public void svgIsWellFormedWithAViewBoxInModules() {
        String text = "https://example.org/intake?station=A&B<\"'>";
        String svg = QrCodes.svg(text, 256);
        Document doc = QrDecoding.svg(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        int dim = QrCodes.encode(text).getWidth();
        assertEquals("0 0 " + dim + " " + dim, root.getAttribute("viewBox"));
        assertEquals("256", root.getAttribute("width"));
        assertEquals("256", root.getAttribute("height"));
        assertEquals("crispEdges", root.getAttribute("shape-rendering"));
        assertEquals("escaped text reads back", text,
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
        assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
    }

    @Test
    public void svgPathCoversExactlyTheDarkModules() {
        BitMatrix modules = QrCodes.encode(URL);
        String d = QrDecoding.svg(QrCodes.svg(modules, 300, null)).getElementsByTagNameNS(
                "http://www.w3.org/2000/svg", "path").item(0).getAttributes().getNamedItem("d").getNodeValue();
        BitMatrix drawn = new BitMatrix(modules.getWidth());
        for (String run : d.split("z")) {
            // M<x> <y>h<n>v1h-<n>
            String[] xy = run.substring(1, run.indexOf('h')).split(" ");
            int n = Integer.parseInt(run.substring(run.indexOf('h') + 1, run.indexOf('v')));
            drawn.setRegion(Integer.parseInt(xy[0]), Integer.parseInt(xy[1]), n, 1);
        }
        assertEquals(modules, drawn);
    }
}
