package vn.genderstats.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The physical floor of reading a workbook: unzip it and parse its sheets and shared strings with the JDK's
 * StAX parser, keeping the numeric cells and nothing else: no styles, no layout, no checks, no Unicode
 * repair. Whatever genderstats does beyond this is the price of reading forms right.
 */
public final class StaxFloor {

    /** Receives each numeric cell of a workbook. */
    @FunctionalInterface
    public interface CellSink {
        void accept(String sheetEntry, String cellRef, String number);
    }

    private final XMLInputFactory factory;

    public StaxFloor() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** Parses one workbook; returns how many numeric cells it held. */
    public int read(Path workbook, CellSink sink) throws IOException {
        int cells = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                sharedStrings(zip, strings);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    cells += sheet(zip, entry, sink);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(workbook + ": " + e.getMessage(), e);
        }
        return cells;
    }

    private List<String> sharedStrings(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) {
                    text.setLength(0);
                } else if (event == XMLStreamConstants.START_ELEMENT && "t".equals(r.getLocalName())) {
                    text.append(r.getElementText());
                } else if (event == XMLStreamConstants.END_ELEMENT && "si".equals(r.getLocalName())) {
                    strings.add(text.toString());
                }
            }
            r.close();
        }
        return strings;
    }

    private int sheet(ZipFile zip, ZipEntry entry, CellSink sink) throws IOException, XMLStreamException {
        int cells = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String ref = null;
            String type = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if ("c".equals(name)) {
                    ref = r.getAttributeValue(null, "r");
                    type = r.getAttributeValue(null, "t");
                } else if ("v".equals(name)) {
                    String value = r.getElementText();
                    if (type == null || "n".equals(type)) {
                        sink.accept(entry.getName(), ref, value);
                        cells++;
                    }
                }
            }
            r.close();
        }
        return cells;
    }
}
