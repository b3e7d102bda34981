package vn.genderstats.form;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The font name of each cell style of an .xlsx workbook: all the reader needs of the styles part, to tell text
 * typed in a TCVN3 or VNI font. Only the fonts list and the cell formats (cellXfs) are looked at.
 */
final class StyleFonts {

    static final StyleFonts NONE = new StyleFonts(List.of());

    /** Font name by cell style index (the cellXfs list); null where the font has no name. */
    private final List<String> byStyle;

    private StyleFonts(List<String> byStyle) {
        this.byStyle = byStyle;
    }

    /** Fonts of the fonts list (not the differential formats' fonts) and the font of each cellXfs entry. */
    static StyleFonts read(XlsxGridReader.Parse p) throws XMLStreamException, UnreadableWorkbookException {
        XMLStreamReader r = p.r;
        List<String> fontNames = new ArrayList<>();
        List<Integer> styleFontIds = new ArrayList<>();
        boolean inFonts = false;
        boolean inCellXfs = false;
        while (r.hasNext()) {
            int event = p.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "fonts" -> inFonts = true;
                    case "cellXfs" -> inCellXfs = true;
                    case "font" -> {
                        if (inFonts) {
                            fontNames.add(null);
                        }
                    }
                    case "name" -> {
                        if (inFonts && !fontNames.isEmpty()) {
                            fontNames.set(fontNames.size() - 1, r.getAttributeValue(null, "val"));
                        }
                    }
                    case "xf" -> {
                        if (inCellXfs) {
                            String fontId = r.getAttributeValue(null, "fontId");
                            styleFontIds.add(fontId == null ? 0 : Integer.parseInt(fontId.strip()));
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "fonts" -> inFonts = false;
                    case "cellXfs" -> inCellXfs = false;
                    default -> { }
                }
            }
        }
        List<String> byStyle = new ArrayList<>(styleFontIds.size());
        for (int fontId : styleFontIds) {
            byStyle.add(fontId >= 0 && fontId < fontNames.size() ? fontNames.get(fontId) : null);
        }
        return new StyleFonts(byStyle);
    }

    String fontOf(int styleIndex) {
        return styleIndex >= 0 && styleIndex < byStyle.size() ? byStyle.get(styleIndex) : null;
    }
}
