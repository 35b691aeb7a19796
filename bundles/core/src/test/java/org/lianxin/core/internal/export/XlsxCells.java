package org.lianxin.core.internal.export;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Test helper reading an xlsx with the JDK alone (java.util.zip, javax.xml). Cells come back as text:
 * shared and inline strings resolved, numbers, dates (serial numbers) and booleans ("1"/"0") as stored,
 * missing cells as "". Also answers a cell's type, number format and boldness, a sheet's frozen rows and
 * column widths.
 * <p>
 * The small parts (workbook, relationships, shared strings, styles) are read with DOM; the sheets with SAX,
 * since a DOM of a 200,000-row sheet needs more than 600 MB of heap.
 */
final class XlsxCells {
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private record Cell(String text, String type, int style) {
    }

    private static final class Sheet {
        final List<List<Cell>> rows = new ArrayList<>();
        final List<Double> widths = new ArrayList<>();
        int frozenRows;
    }

    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final List<String> xfFormats = new ArrayList<>();
    private final List<Boolean> xfBold = new ArrayList<>();

    private XlsxCells() {
    }

    static XlsxCells read(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("xlsx-cells", ".xlsx");
        try {
            Files.write(file, xlsx);
            return read(file);
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Reads through the zip's central directory as Excel does (ZipInputStream cannot: fastexcel streams
     * the entries with their sizes after the data).
     */
    static XlsxCells read(Path xlsx) throws Exception {
        XlsxCells book = new XlsxCells();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            book.load(zip);
        }
        return book;
    }

    List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    /** The rows of a sheet, each as its cells' text up to the last cell present. */
    List<List<String>> rows(String sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> row : sheet(sheet).rows) {
            List<String> texts = new ArrayList<>(row.size());
            for (Cell c : row) {
                texts.add(c == null ? "" : c.text());
            }
            rows.add(texts);
        }
        return rows;
    }

    List<List<String>> rows(int sheetIndex) {
        return rows(sheetNames().get(sheetIndex));
    }

    int rowCount(String sheet) {
        return sheet(sheet).rows.size();
    }

    /** The cell's t attribute: "s", "inlineStr", "b", "n" ... ("" if absent). */
    String type(String sheet, int row, int col) {
        return cell(sheet, row, col).type();
    }

    /** The number format code of a cell (built-in ones as "builtin:N"), or null for General. */
    String format(String sheet, int row, int col) {
        return xfFormats.get(cell(sheet, row, col).style());
    }

    boolean bold(String sheet, int row, int col) {
        return xfBold.get(cell(sheet, row, col).style());
    }

    /** Rows frozen at the top (a pane with state "frozen"), 0 if none. */
    int frozenRows(String sheet) {
        return sheet(sheet).frozenRows;
    }

    /** Custom column widths, by column (null where none is set). */
    List<Double> widths(String sheet) {
        return sheet(sheet).widths;
    }

    private Sheet sheet(String name) {
        Sheet s = sheets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no sheet " + name + " in " + sheets.keySet());
        }
        return s;
    }

    private Cell cell(String sheet, int row, int col) {
        Cell c = sheet(sheet).rows.get(row).get(col);
        if (c == null) {
            throw new IllegalArgumentException("no cell at " + row + "," + col + " in " + sheet);
        }
        return c;
    }

    private void load(ZipFile zip) throws Exception {
        if (zip.getEntry("xl/sharedStrings.xml") != null) {
            for (Element si : children(dom(zip, "xl/sharedStrings.xml").getDocumentElement(), "si")) {
                strings.add(text(si));
            }
        }
        loadStyles(zip);
        Map<String, String> targets = new HashMap<>();
        for (Element rel : descendants(dom(zip, "xl/_rels/workbook.xml.rels").getDocumentElement(), "Relationship")) {
            targets.put(rel.getAttribute("Id"), rel.getAttribute("Target"));
        }
        for (Element s : descendants(dom(zip, "xl/workbook.xml").getDocumentElement(), "sheet")) {
            String target = targets.get(s.getAttributeNS(REL_NS, "id"));
            String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            sheets.put(s.getAttribute("name"), sax(zip, path));
        }
    }

    private void loadStyles(ZipFile zip) throws Exception {
        if (zip.getEntry("xl/styles.xml") == null) {
            xfFormats.add(null);
            xfBold.add(false);
            return;
        }
        Element root = dom(zip, "xl/styles.xml").getDocumentElement();
        Map<String, String> formats = new HashMap<>();
        for (Element f : descendants(root, "numFmt")) {
            formats.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
        }
        List<Boolean> fontBold = new ArrayList<>();
        for (Element fonts : children(root, "fonts")) {
            for (Element font : children(fonts, "font")) {
                fontBold.add(!children(font, "b").isEmpty());
            }
        }
        for (Element xfs : children(root, "cellXfs")) {
            for (Element xf : children(xfs, "xf")) {
                String id = xf.getAttribute("numFmtId");
                xfFormats.add(id.isEmpty() || id.equals("0") ? null : formats.getOrDefault(id, "builtin:" + id));
                String font = xf.getAttribute("fontId");
                xfBold.add(!font.isEmpty() && fontBold.get(Integer.parseInt(font)));
            }
        }
    }

    /** One pass over a sheet's XML. */
    private Sheet sax(ZipFile zip, String part) throws Exception {
        Sheet sheet = new Sheet();
        DefaultHandler handler = new DefaultHandler() {
            private List<Cell> row;
            private String type;
            private int style;
            private int col;
            private StringBuilder text; // collecting <v> or <t> inside <is>, else null
            private StringBuilder value;
            private boolean inInline;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                switch (local) {
                    case "pane" -> {
                        if ("frozen".equals(a.getValue("state")) && a.getValue("ySplit") != null) {
                            sheet.frozenRows = (int) Double.parseDouble(a.getValue("ySplit"));
                        }
                    }
                    case "col" -> {
                        int min = Integer.parseInt(a.getValue("min"));
                        int max = Integer.parseInt(a.getValue("max"));
                        String w = a.getValue("width");
                        for (int c = min - 1; c < max; c++) {
                            while (sheet.widths.size() <= c) {
                                sheet.widths.add(null);
                            }
                            sheet.widths.set(c, w == null ? null : Double.valueOf(w));
                        }
                    }
                    case "row" -> {
                        String r = a.getValue("r");
                        int index = r == null ? sheet.rows.size() : Integer.parseInt(r) - 1;
                        while (sheet.rows.size() < index) {
                            sheet.rows.add(new ArrayList<>());
                        }
                        row = new ArrayList<>();
                        sheet.rows.add(row);
                    }
                    case "c" -> {
                        String ref = a.getValue("r");
                        col = ref == null ? row.size() : column(ref);
                        type = a.getValue("t") == null ? "" : a.getValue("t");
                        String s = a.getValue("s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = new StringBuilder();
                    }
                    case "is" -> inInline = true;
                    case "rPh" -> inPhonetic = true;
                    case "v" -> text = value;
                    case "t" -> text = inInline && !inPhonetic ? value : null;
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "c" -> {
                        String raw = value.toString();
                        String v = type.equals("s") ? strings.get(Integer.parseInt(raw)) : raw;
                        while (row.size() < col) {
                            row.add(null);
                        }
                        row.add(new Cell(v, type, style));
                        value = null;
                    }
                    case "is" -> inInline = false;
                    case "rPh" -> inPhonetic = false;
                    case "v", "t" -> text = null;
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (text != null) {
                    text.append(ch, start, length);
                }
            }
        };
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = open(zip, part)) {
            f.newSAXParser().parse(in, handler);
        }
        return sheet;
    }

    /** Concatenated {@code <t>} texts of a string item (plain or rich text runs, not phonetic runs). */
    private static String text(Element item) {
        StringBuilder b = new StringBuilder();
        for (Element t : descendants(item, "t")) {
            if (!"rPh".equals(t.getParentNode().getLocalName())) {
                b.append(t.getTextContent());
            }
        }
        return b.toString();
    }

    /** "B12" -> 1. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return col - 1;
    }

    private static InputStream open(ZipFile zip, String part) throws Exception {
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            throw new java.io.IOException("no part " + part + " in " + zip.getName());
        }
        return zip.getInputStream(e);
    }

    private static Document dom(ZipFile zip, String part) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = open(zip, part)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
