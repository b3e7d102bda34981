package vn.genderstats.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * One worksheet of a {@link StreamedWorkbook}, written as its XML while the rows are given: column widths, rows
 * (ascending, each with its cells ascending), cells with a style of the workbook's {@code styles.xml}, and comments
 * ("notes"), which go to the sheet's comments part and the legacy VML drawing Excel and LibreOffice need to show
 * them. Every sheet prints one landscape A4 page wide, as clerks print the feedback. Texts are cut to the 32,767
 * characters a cell holds and stripped of the characters XML cannot hold.
 */
final class SheetXml {

    /** What a cell holds at most (Excel's limit); a longer text from a hostile file is cut. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    private static final String PRINT_SETUP = """
            <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>""";

    /** A comment at a cell, zero-based. */
    record Note(int row, int col, String text) {
    }

    final String name;
    private final StringBuilder xml = new StringBuilder(16_384);
    private final List<Note> notes = new ArrayList<>();
    private int row = -1;
    private int col = -1;

    /** {@code widths}: the widths of the first columns, in characters; the others keep the default. */
    SheetXml(String name, int... widths) {
        this.name = name;
        xml.append("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetFormatPr defaultRowHeight="15"/>""");
        if (widths.length > 0) {
            xml.append("<cols>");
            for (int c = 0; c < widths.length; c++) {
                xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                        .append(widths[c]).append("\" customWidth=\"1\"/>");
            }
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
    }

    /** Starts row {@code index} (zero-based, after the last one); {@code height} in points, 0 for the default. */
    SheetXml row(int index, int height) {
        if (index <= row || index > LAST_ROW) {
            throw new IllegalArgumentException("row " + (index + 1) + " after row " + (row + 1) + " or beyond Excel's last");
        }
        closeRow();
        row = index;
        col = -1;
        xml.append("<row r=\"").append(index + 1).append('"');
        if (height > 0) {
            xml.append(" ht=\"").append(height).append("\" customHeight=\"1\"");
        }
        xml.append('>');
        return this;
    }

    SheetXml text(int column, int style, String text) {
        start(column, style).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        text(xml, text);
        xml.append("</t></is></c>");
        return this;
    }

    /** A number as Excel stores it; not finite, it becomes the error Excel shows for it, as POI writes it. */
    SheetXml number(int column, int style, double value) {
        if (Double.isNaN(value)) {
            return error(column, style, "#NUM!");
        }
        if (Double.isInfinite(value)) {
            return error(column, style, "#DIV/0!");
        }
        start(column, style).append("><v>");
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            xml.append((long) value);
        } else {
            xml.append(value);
        }
        xml.append("</v></c>");
        return this;
    }

    SheetXml bool(int column, int style, boolean value) {
        start(column, style).append(" t=\"b\"><v>").append(value ? 1 : 0).append("</v></c>");
        return this;
    }

    SheetXml blank(int column, int style) {
        start(column, style).append("/>");
        return this;
    }

    private SheetXml error(int column, int style, String code) {
        start(column, style).append(" t=\"e\"><v>").append(code).append("</v></c>");
        return this;
    }

    /** A comment on a cell of this sheet, shown when the pointer is over it. */
    void note(int atRow, int atCol, String text) {
        notes.add(new Note(atRow, atCol, text));
    }

    List<Note> notes() {
        return notes;
    }

    private StringBuilder start(int column, int style) {
        if (row < 0 || column <= col || column > LAST_COLUMN) {
            throw new IllegalArgumentException("column " + column + " after " + col + " or beyond Excel's last");
        }
        col = column;
        xml.append("<c r=\"");
        reference(xml, row, column);
        xml.append('"');
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
        return xml;
    }

    private void closeRow() {
        if (row >= 0) {
            xml.append("</row>");
        }
    }

    /** The sheet's XML, ended; {@code drawing} the relation id of its comments' VML drawing, or null. */
    String end(String drawing) {
        closeRow();
        row = LAST_ROW + 1;
        xml.append("</sheetData>").append(PRINT_SETUP);
        if (drawing != null) {
            xml.append("<legacyDrawing r:id=\"").append(drawing).append("\"/>");
        }
        return xml.append("</worksheet>").toString();
    }

    /** "E38" for zero-based row 37, column 4. */
    static void reference(StringBuilder out, int row, int col) {
        column(out, col);
        out.append(row + 1);
    }

    private static void column(StringBuilder out, int col) {
        if (col >= 26) {
            column(out, col / 26 - 1);
        }
        out.append((char) ('A' + col % 26));
    }

    /**
     * A text as a cell or comment holds it: cut to {@link #MAX_TEXT}, markup escaped, characters XML 1.0 cannot
     * hold dropped, and an underscore that would start an escape such as {@code _x000D_} escaped itself, so that
     * Excel and POI read back what was written.
     */
    static void text(StringBuilder out, String text) {
        escape(out, text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…", true);
    }

    /** An attribute's value: markup escaped, characters XML 1.0 cannot hold dropped. */
    static void attribute(StringBuilder out, String text) {
        escape(out, text, false);
    }

    private static void escape(StringBuilder out, String text, boolean cellText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '_' -> out.append(cellText && startsEscape(text, i) ? "_x005F_" : "_");
                default -> {
                    if (legal(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether XML 1.0 can hold the character (a surrogate of a pair counts as legal). */
    static boolean legal(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
    }

    /** "_x" four hex digits "_" at {@code i}. */
    private static boolean startsEscape(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
