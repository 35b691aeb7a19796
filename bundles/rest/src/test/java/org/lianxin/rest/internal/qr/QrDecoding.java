package org.lianxin.rest.internal.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads QR codes back for tests: PNG bytes through ImageIO and zxing's reader; SVG through the JDK's parser. */
public final class QrDecoding {
    private QrDecoding() {
    }

    /** The text of the QR code in a PNG; fails the test when there is none. */
    public static String png(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not an image ImageIO can read");
            }
            return image(image);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static String image(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (Exception e) {
            throw new AssertionError("no QR code found: " + e, e);
        }
    }

    /** An SVG parsed with the JDK (namespace-aware, no external entities); fails the test if not well-formed. */
    public static Document svg(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e + "\n" + svg, e);
        }
    }

    /** Grey levels of an image for zxing: (r + 2g + b) / 4 of each pixel. */
    static final class ImageLuminance extends LuminanceSource {
        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int w = image.getWidth();
            int h = image.getHeight();
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            grey = new byte[w * h];
            for (int i = 0; i < argb.length; i++) {
                int p = argb[i];
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                grey[i] = (byte) ((r + 2 * g + b) / 4);
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            int w = getWidth();
            byte[] out = row == null || row.length < w ? new byte[w] : row;
            System.arraycopy(grey, y * w, out, 0, w);
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
