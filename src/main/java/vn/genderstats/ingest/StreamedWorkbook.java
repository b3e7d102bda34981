package vn.genderstats.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.genderstats.system.ParentFolder;

/**
 * A small .xlsx package written directly as a zip of XML parts, without POI's usermodel (which costs milliseconds
 * of CPU for a workbook of a few hundred cells): the sheets given ({@link SheetXml}), a fixed {@code styles.xml},
 * and for a sheet with comments its comments part and legacy VML drawing. Strings are inline, not shared; parts
 * are stored, not deflated.
 */
final class StreamedWorkbook {

    /** Whom comments are from, as Excel shows it. */
    private static final String AUTHOR = "genderstats";

    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELATIONSHIPS = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String SPREADSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String ROOT_RELATIONS = XML_HEAD + RELATIONSHIPS
            + "<Relationship Id=\"rId1\" Type=\"" + RELATION + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    private static final String VML_SHAPE_TYPE = """
            <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="%d"/></o:shapelayout>\
            <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\
            <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>""";

    private final String styles;
    private final List<SheetXml> sheets = new ArrayList<>(2);

    /** {@code styles}: the whole {@code styles.xml}; the sheets' cells name its cell formats by index. */
    StreamedWorkbook(String styles) {
        this.styles = styles;
    }

    /** A new sheet after the others; {@code widths} of its first columns in characters. */
    SheetXml sheet(String name, int... widths) {
        SheetXml sheet = new SheetXml(name, widths);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the package to {@code target}, replacing it whole: written to {@code .part} beside it, then moved. */
    void write(Path target) throws IOException {
        ParentFolder.ensure(target);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", contentTypes());
            part(zip, "_rels/.rels", ROOT_RELATIONS);
            part(zip, "xl/workbook.xml", workbook());
            part(zip, "xl/_rels/workbook.xml.rels", workbookRelations());
            part(zip, "xl/styles.xml", styles);
            for (int n = 1; n <= sheets.size(); n++) {
                SheetXml sheet = sheets.get(n - 1);
                boolean notes = !sheet.notes().isEmpty();
                if (notes) {
                    part(zip, "xl/worksheets/_rels/sheet" + n + ".xml.rels", XML_HEAD + RELATIONSHIPS
                            + "<Relationship Id=\"rId1\" Type=\"" + RELATION + "vmlDrawing\" Target=\"../drawings/vmlDrawing" + n + ".vml\"/>"
                            + "<Relationship Id=\"rId2\" Type=\"" + RELATION + "comments\" Target=\"../comments" + n + ".xml\"/>"
                            + "</Relationships>");
                    part(zip, "xl/comments" + n + ".xml", comments(sheet.notes()));
                    part(zip, "xl/drawings/vmlDrawing" + n + ".vml", drawing(n, sheet.notes()));
                }
                part(zip, "xl/worksheets/sheet" + n + ".xml", sheet.end(notes ? "rId1" : null));
            }
        }
        Files.write(partial, bytes.toByteArray());   // one write: the zip writer's many small ones cost more than the XML
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder(1024).append(XML_HEAD).append("""
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>""");
        override(types, "/xl/workbook.xml", "sheet.main+xml");
        override(types, "/xl/styles.xml", "styles+xml");
        for (int n = 1; n <= sheets.size(); n++) {
            override(types, "/xl/worksheets/sheet" + n + ".xml", "worksheet+xml");
            if (!sheets.get(n - 1).notes().isEmpty()) {
                override(types, "/xl/comments" + n + ".xml", "comments+xml");
            }
        }
        return types.append("</Types>").toString();
    }

    private static void override(StringBuilder types, String part, String type) {
        types.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(SPREADSHEET_TYPE)
                .append(type).append("\"/>");
    }

    private String workbook() {
        StringBuilder book = new StringBuilder(512).append(XML_HEAD).append("""
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int n = 1; n <= sheets.size(); n++) {
            book.append("<sheet name=\"");
            SheetXml.attribute(book, sheets.get(n - 1).name);
            book.append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
        }
        return book.append("</sheets></workbook>").toString();
    }

    /** rId1… the sheets, then the styles. */
    private String workbookRelations() {
        StringBuilder rels = new StringBuilder(512).append(XML_HEAD).append(RELATIONSHIPS);
        for (int n = 1; n <= sheets.size(); n++) {
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(RELATION)
                    .append("worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        }
        return rels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(RELATION)
                .append("styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private static String comments(List<SheetXml.Note> notes) {
        StringBuilder xml = new StringBuilder(2048).append(XML_HEAD).append("""
                <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <authors><author>""").append(AUTHOR).append("</author></authors><commentList>");
        for (SheetXml.Note note : notes) {
            xml.append("<comment ref=\"");
            SheetXml.reference(xml, note.row(), note.col());
            xml.append("\" authorId=\"0\"><text><t xml:space=\"preserve\">");
            SheetXml.text(xml, note.text());
            xml.append("</t></text></comment>");
        }
        return xml.append("</commentList></comments>").toString();
    }

    /**
     * The legacy VML drawing that places the comments: a hidden yellow box per comment, four columns wide and six
     * rows high, right of its cell, shown when the pointer is over the cell (Excel draws the red triangle).
     */
    private static String drawing(int sheet, List<SheetXml.Note> notes) {
        StringBuilder vml = new StringBuilder(1024 + 600 * notes.size()).append("""
                <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
                xmlns:x="urn:schemas-microsoft-com:office:excel">""").append(VML_SHAPE_TYPE.formatted(sheet));
        int id = sheet * 1024;
        for (SheetXml.Note note : notes) {
            vml.append("<v:shape id=\"_x0000_s").append(++id).append("""
                    " type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1" \
                    o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>\
                    <v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"/>\
                    <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>""")
                    .append(note.col() + 1).append(", 0, ").append(note.row()).append(", 0, ")
                    .append(note.col() + 5).append(", 0, ").append(note.row() + 6).append(", 0</x:Anchor>")
                    .append("<x:AutoFill>False</x:AutoFill><x:Row>").append(note.row()).append("</x:Row><x:Column>")
                    .append(note.col()).append("</x:Column></x:ClientData></v:shape>");
        }
        return vml.append("</xml>").toString();
    }

    /**
     * One part, deflated at the fastest level: the default level cost a rich workbook 0.3–0.5 ms of CPU, more than
     * writing its XML; stored, the outbox was three times larger (a national run: 99 MB instead of 35), and the office
     * keeps every answer.
     */
    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
