package vn.genderstats.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The form id and layout version a template carries as custom document properties
 * ({@code docProps/custom.xml}), unseen and untouched by the clerk. Read from the zip without loading the
 * workbook: one small part, parsed with POI's hardened SAX reader.
 */
public record FormStamp(String formId, String version) {

    static final String FORM_ID = "genderstats.formId";
    static final String FORM_VERSION = "genderstats.formVersion";
    private static final String PART = "docProps/custom.xml";
    /** A properties part is a few hundred bytes; anything far larger is not ours and is not read. */
    private static final long MAX_PART = 64 * 1024;

    /** The stamp of an .xlsx template; empty for other files, hand-made sheets and unreadable parts. */
    public static Optional<FormStamp> read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry part = zip.getEntry(PART);
            if (part == null || part.getSize() > MAX_PART) {
                return Optional.empty();
            }
            byte[] xmlBytes;
            try (InputStream in = zip.getInputStream(part)) {
                // the declared size can lie: never inflate more than the limit
                xmlBytes = in.readNBytes((int) MAX_PART + 1);
            }
            if (xmlBytes.length > MAX_PART) {
                return Optional.empty();
            }
            Map<String, String> properties = new HashMap<>();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new PropertyHandler(properties));
            xml.parse(new InputSource(new java.io.ByteArrayInputStream(xmlBytes)));
            String id = properties.get(FORM_ID);
            return id == null || id.isBlank() ? Optional.empty()
                    : Optional.of(new FormStamp(id, properties.getOrDefault(FORM_VERSION, "")));
        } catch (IOException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code <property name="…"><vt:lpwstr>value</vt:lpwstr></property>}: the name and the text inside. */
    private static final class PropertyHandler extends DefaultHandler {
        private final Map<String, String> properties;
        private final StringBuilder text = new StringBuilder();
        private String name;

        PropertyHandler(Map<String, String> properties) {
            this.properties = properties;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            if ("property".equals(localName)) {
                name = attrs.getValue("name");
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (name != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("property".equals(localName) && name != null) {
                properties.put(name, text.toString().strip());
                name = null;
            }
        }
    }
}
