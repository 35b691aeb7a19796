package org.lianxin.rest.internal.qr;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG and SVG: error correction M (15 %), a quiet zone of {@value #MARGIN} modules, whole pixels per
 * module so that edges stay crisp. Only zxing's encoder is used; the images are drawn here (no AWT display
 * needed: the raster is written directly, and ImageIO works in memory).
 */
public final class QrCodes {
    public static final int MIN_SIZE = 128;
    public static final int MAX_SIZE = 1024;
    public static final int DEFAULT_SIZE = 300;
    /** The quiet zone around the symbol, in modules. */
    public static final int MARGIN = 2;

    private QrCodes() {
    }

    /** {@code size} brought into {@value #MIN_SIZE}..{@value #MAX_SIZE}. */
    public static int clamp(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }

    /**
     * The modules of the QR code of {@code text}, one matrix cell per module, quiet zone included (set bits are
     * dark). UTF-8 is announced (an ECI segment) only for text that is not plain ASCII: the bytes of ASCII are
     * the same either way, and some older scanners fail on codes that carry an ECI segment.
     *
     * @throws IllegalArgumentException if the text is empty or too long for a QR code
     */
    public static BitMatrix encode(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, MARGIN);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // width and height 0: no scaling, one cell per module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code (" + text.length() + " characters)", e);
        }
    }

    /** A {@code size}×{@code size} PNG (size clamped) of the QR code of {@code text}. */
    public static byte[] png(String text, int size) {
        return png(image(encode(text), clamp(size)));
    }

    /** A square SVG of the QR code of {@code text}, {@code size} px wide (clamped); see {@link #svg(BitMatrix, int, String)}. */
    public static String svg(String text, int size) {
        return svg(encode(text), clamp(size), text);
    }

    /**
     * A 1-bit image of {@code size}×{@code size} pixels: the largest whole number of pixels per module that fits,
     * the symbol centred, the rest white. Only a symbol wider than {@code size} modules gives a larger image (one
     * pixel per module).
     */
    static BufferedImage image(BitMatrix modules, int size) {
        int dim = modules.getWidth();
        int scale = Math.max(1, size / dim);
        int side = Math.max(size, dim * scale);
        int offset = (side - dim * scale) / 2;
        // TYPE_BYTE_BINARY's default palette: 0 black, 1 white
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] white = new int[side];
        Arrays.fill(white, 1);
        int[] row = new int[side];
        for (int y = 0; y < side; y++) {
            raster.setSamples(0, y, side, 1, 0, white);
        }
        for (int my = 0; my < dim; my++) {
            Arrays.fill(row, 1);
            for (int mx = 0; mx < dim; mx++) {
                if (modules.get(mx, my)) {
                    Arrays.fill(row, offset + mx * scale, offset + (mx + 1) * scale, 0);
                }
            }
            for (int i = 0; i < scale; i++) {
                raster.setSamples(0, offset + my * scale + i, side, 1, 0, row);
            }
        }
        return image;
    }

    /** The image as PNG, written in memory (no ImageIO cache file). */
    static byte[] png(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG writer in this JVM");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The modules as SVG: the view box counts modules (quiet zone included), {@code size} sets the displayed
     * width and height, a white background and one path of the dark modules (a rectangle per horizontal run),
     * drawn with crisp edges. {@code title} (the encoded text) is the accessible name; it may be null.
     */
    static String svg(BitMatrix modules, int size, String title) {
        int dim = modules.getWidth();
        StringBuilder d = new StringBuilder(dim * dim);
        for (int y = 0; y < dim; y++) {
            int x = 0;
            while (x < dim) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < dim && modules.get(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start).append(' ').append(y).append('h').append(run).append("v1h-").append(run)
                        .append('z');
            }
        }
        StringBuilder svg = new StringBuilder(d.length() + 400);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(size)
                .append("\" height=\"").append(size).append("\" viewBox=\"0 0 ").append(dim).append(' ').append(dim)
                .append("\" shape-rendering=\"crispEdges\">\n");
        if (title != null) {
            svg.append("<title>").append(xml(title)).append("</title>\n");
        }
        svg.append("<rect width=\"").append(dim).append("\" height=\"").append(dim).append("\" fill=\"#ffffff\"/>\n")
                .append("<path fill=\"#000000\" d=\"").append(d).append("\"/>\n")
                .append("</svg>\n");
        return svg.toString();
    }

    /** Text escaped for XML character data and attribute values. */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append('\uFFFD'); // not allowed in XML 1.0 at all
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
