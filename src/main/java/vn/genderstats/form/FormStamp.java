package vn.genderstats.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * The form id and layout version a template carries as custom document properties
 * ({@code docProps/custom.xml}), unseen and untouched by the clerk. Read with the workbook's cells, from the same
 * bytes ({@link WorkbookFiles}).
 */
public record FormStamp(String formId, String version) {

    static final String FORM_ID = "genderstats.formId";
    static final String FORM_VERSION = "genderstats.formVersion";
    static final String PART = "docProps/custom.xml";

    /** The stamp of an .xlsx template; empty for other files, hand-made sheets and unreadable parts. */
    public static Optional<FormStamp> read(Path file) {
        try {
            return WorkbookFiles.read(Files.readAllBytes(file)).stamp();
        } catch (IOException | UnreadableWorkbookException e) {
            return Optional.empty();
        }
    }

    /** {@code <property name="…"><vt:lpwstr>value</vt:lpwstr></property>}: the name and the text inside. */
    static Optional<FormStamp> read(XlsxGridReader.Parse p) throws XMLStreamException, UnreadableWorkbookException {
        Map<String, String> properties = new HashMap<>();
        StringBuilder text = new StringBuilder();
        String name = null;
        while (p.r.hasNext()) {
            int event = p.next();
            if (event == XMLStreamConstants.START_ELEMENT && "property".equals(p.r.getLocalName())) {
                name = p.r.getAttributeValue(null, "name");
                text.setLength(0);
            } else if (event == XMLStreamConstants.CHARACTERS && name != null) {
                text.append(p.r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && "property".equals(p.r.getLocalName()) && name != null) {
                properties.put(name, text.toString().strip());
                name = null;
            }
        }
        String id = properties.get(FORM_ID);
        return id == null || id.isBlank() ? Optional.empty()
                : Optional.of(new FormStamp(id, properties.getOrDefault(FORM_VERSION, "")));
    }
}
