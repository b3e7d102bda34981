package vn.genderstats.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The font name of each cell style of an .xlsx workbook: all the reader needs of the styles part, to tell text
 * typed in a TCVN3 or VNI font. Read with SAX, as POI's StylesTable builds the whole part as XML objects
 * and cost a fifth of reading a form.
 */
final class StyleFonts {

    private static final StyleFonts NONE = new StyleFonts(List.of());

    /** Font name by cell style index (the cellXfs list); null where the font has no name. */
    private final List<String> byStyle;

    private StyleFonts(List<String> byStyle) {
        this.byStyle = byStyle;
    }

    static StyleFonts read(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return NONE;
        }
        Handler handler = new Handler();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try (InputStream in = parts.getFirst().getInputStream()) {
            xml.parse(new InputSource(in));
        }
        List<String> byStyle = new ArrayList<>(handler.styleFontIds.size());
        for (int fontId : handler.styleFontIds) {
            byStyle.add(fontId >= 0 && fontId < handler.fontNames.size() ? handler.fontNames.get(fontId) : null);
        }
        return new StyleFonts(byStyle);
    }

    String fontOf(int styleIndex) {
        return styleIndex >= 0 && styleIndex < byStyle.size() ? byStyle.get(styleIndex) : null;
    }

    /** Fonts of the fonts list (not the differential formats' fonts) and the font of each cellXfs entry. */
    private static final class Handler extends DefaultHandler {
        final List<String> fontNames = new ArrayList<>();
        final List<Integer> styleFontIds = new ArrayList<>();
        private boolean inFonts;
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            switch (localName) {
                case "fonts" -> inFonts = true;
                case "cellXfs" -> inCellXfs = true;
                case "font" -> {
                    if (inFonts) {
                        fontNames.add(null);
                    }
                }
                case "name" -> {
                    if (inFonts && !fontNames.isEmpty()) {
                        fontNames.set(fontNames.size() - 1, attrs.getValue("val"));
                    }
                }
                case "xf" -> {
                    if (inCellXfs) {
                        String fontId = attrs.getValue("fontId");
                        styleFontIds.add(fontId == null ? 0 : Integer.parseInt(fontId.strip()));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "fonts" -> inFonts = false;
                case "cellXfs" -> inCellXfs = false;
                default -> { }
            }
        }
    }
}
