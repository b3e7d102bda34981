package vn.genderstats.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The answer to a file with nothing to say about it (accepted without a problem, or the same bytes already
 * received): the problems sheet of {@link FeedbackWorkbook} with its three lines about the file and "no
 * problems", the same cells, widths and print setup, written as a small .xlsx package streamed directly.
 * POI's usermodel costs milliseconds of CPU for each such receipt; most files of a night get one.
 */
final class ReceiptWorkbook {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>""";
    private static final String ROOT_RELATIONS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(FeedbackWorkbook.PROBLEMS_SHEET);
    private static final String WORKBOOK_RELATIONS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>""";
    /** Style 0 the default, style 1 wrapped, top-aligned and ruled, as the rich workbook's list of problems. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
            <alignment vertical="top" wrapText="1"/></xf></cellXfs>\
            </styleSheet>""";
    private static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:F6"/>""" + columns() + "<sheetData>";
    private static final String SHEET_END = """
            </sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/></worksheet>""";

    private ReceiptWorkbook() {
    }

    /** The rich list's column widths, in characters as POI's setColumnWidth(c, w * 256) stores them. */
    private static String columns() {
        StringBuilder cols = new StringBuilder("<cols>");
        for (int c = 0; c < FeedbackWorkbook.WIDTHS.length; c++) {
            cols.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(FeedbackWorkbook.WIDTHS[c]).append("\" customWidth=\"1\"/>");
        }
        return cols.append("</cols>").toString();
    }

    /** Writes the receipt to {@code target}, replacing it whole, as {@link FeedbackWorkbook#write} does. */
    static void write(Path target, FeedbackWorkbook.About about) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELATIONS);
            part(zip, "xl/workbook.xml", WORKBOOK);
            part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONS);
            part(zip, "xl/styles.xml", STYLES);
            StringBuilder sheet = new StringBuilder(2048).append(SHEET_START);
            row(sheet, 1, 0, "Tệp / File", about.inboxPath());
            row(sheet, 2, 0, "SHA-256", about.sha256());
            row(sheet, 3, 0, "Kết quả / Result", about.verdictVi() + " / " + about.verdictEn());
            row(sheet, 5, 1, "Mức độ / Severity", "Vị trí / Cell", "Chỉ tiêu / Item", "Nội dung (tiếng Việt)",
                    "Problem (English)", "Quy tắc / Rule");
            row(sheet, 6, 1, "", "", "", "Không có lỗi.", "No problems found.", "");
            part(zip, "xl/worksheets/sheet1.xml", sheet.append(SHEET_END).toString());
        }
        Files.write(partial, bytes.toByteArray());   // one write: the zip writer's many small ones cost more than the XML
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** One row of inline-string cells from column A, in {@code style} (0 plain, 1 wrapped). */
    private static void row(StringBuilder sheet, int number, int style, String... texts) {
        sheet.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < texts.length; i++) {
            sheet.append("<c r=\"").append((char) ('A' + i)).append(number).append('"');
            if (style != 0) {
                sheet.append(" s=\"").append(style).append('"');
            }
            sheet.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escape(sheet, FeedbackWorkbook.fit(texts[i]));
            sheet.append("</t></is></c>");
        }
        sheet.append("</row>");
    }

    /** XML text: markup escaped, characters XML 1.0 cannot hold dropped. */
    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
