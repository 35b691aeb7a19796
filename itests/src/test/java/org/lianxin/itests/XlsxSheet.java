package org.lianxin.itests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens an .xlsx as Excel would: the zip's shared strings and first worksheet, cell values as text (numbers as
 * written). With the JDK alone, so the check does not trust the library that wrote the file.
 */
final class XlsxSheet {
    private XlsxSheet() {
    }

    static List<List<String>> firstSheet(byte[] xlsx) throws Exception {
        Map<String, byte[]> parts = new HashMap<>();
        // through the central directory, as Excel reads it: a streamed zip has no sizes in its local headers
        java.nio.file.Path file = java.nio.file.Files.createTempFile("lianxin-it", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
            for (int i = 0; i < si.getLength(); i++) {
                shared.add(si.item(i).getTextContent());
            }
        }
        byte[] sheet = parts.get("xl/worksheets/sheet1.xml");
        if (sheet == null) {
            throw new IOException("no first worksheet in " + parts.keySet());
        }
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = xml(sheet).getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> cells = new ArrayList<>();
            NodeList cs = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cs.getLength(); c++) {
                Element cell = (Element) cs.item(c);
                String type = cell.getAttribute("t");
                NodeList v = cell.getElementsByTagName("v");
                String value = v.getLength() == 0 ? cell.getTextContent() : v.item(0).getTextContent();
                int column = column(cell.getAttribute("r"), cells.size());
                while (cells.size() < column) {
                    cells.add(""); // empty cells are left out of the file
                }
                cells.add("s".equals(type) ? shared.get(Integer.parseInt(value)) : value);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The zero-based column of a reference such as {@code C2}; {@code next} when there is none. */
    private static int column(String ref, int next) {
        if (ref == null || ref.isEmpty()) {
            return next;
        }
        int col = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return col - 1;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
