package vn.genderstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import vn.genderstats.form.CellKind;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormVocabulary;
import vn.genderstats.form.SheetCell;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.text.LegacyVietnamese;

/**
 * The workbook a unit gets back for every file it sent: a sheet listing every problem and, when a problem
 * points at a cell of the form, a copy of the form sheet with each such cell filled (red for an error, yellow
 * for a warning) and commented in Vietnamese and English. Any finding of any rule goes in; the list is the
 * input, not the rules. A clean file gets the list alone, its receipt: copying its form back would tell the
 * unit nothing new, and the copy was more than half the cost of the feedback (see Performance in the README).
 * A file with no finding at all gets the list alone with its "no problems" line, its receipt. Both are streamed
 * as a small package ({@link StreamedWorkbook}), not built with POI's usermodel, which cost about 11 ms of CPU
 * for a copy with its comments (issue 18).
 *
 * <p>The copy is made from the cells the streaming reader already took (text already converted from
 * TCVN3/VNI to Unicode), never by opening the inbox file again with POI's usermodel: that can rewrite
 * the file it reads, and a hostile file must not be opened twice.
 */
final class FeedbackWorkbook {

    static final String PROBLEMS_SHEET = "Lỗi - Problems";
    private static final int MAX_TABLE_COLUMNS = 20;
    /** Widths of the problems list's columns, in characters. */
    static final int[] WIDTHS = {18, 16, 34, 50, 50, 26};
    /** Widths of the copy's first columns, the form's labels, in characters; the others keep the default. */
    private static final int[] COPY_WIDTHS = {55, 40};
    private static final int DEFAULT_WIDTH = 8;

    // The cell formats of STYLES, by index: the default, the list's ruled and wrapped cells, then the copy's
    // ruled cells, one per fill and kind of value (style(fill, kind)).
    private static final int PLAIN = 0;
    private static final int LISTED = 1;
    private static final int NO_FILL = 0;
    private static final int ERROR_FILL = 1;
    private static final int WARNING_FILL = 2;
    private static final int TEXT = 0;
    private static final int WHOLE = 1;
    private static final int DECIMAL = 2;
    private static final String STYLES = styles();

    private static int style(int fill, int kind) {
        return 2 + 3 * fill + kind;
    }

    /**
     * The styles both sheets use: the list's cells ruled, wrapped and top-aligned; the copy's cells ruled and
     * centred vertically, texts wrapped, numbers right-aligned with thousands grouped ({@code #,##0}, decimals as
     * {@code #,##0.0##}), filled rose for an error and light yellow for a warning.
     */
    private static String styles() {
        StringBuilder xml = new StringBuilder(2048).append("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0##"/></numFmts>\
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
                <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
                <fill><patternFill patternType="solid"><fgColor indexed="%d"/></patternFill></fill>\
                <fill><patternFill patternType="solid"><fgColor indexed="%d"/></patternFill></fill></fills>\
                <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
                <border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="11"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
                <alignment vertical="top" wrapText="1"/></xf>""".formatted(IndexedColors.ROSE.getIndex(),
                IndexedColors.LIGHT_YELLOW.getIndex()));
        for (int fill = NO_FILL; fill <= WARNING_FILL; fill++) {
            for (int kind = TEXT; kind <= DECIMAL; kind++) {
                xml.append("<xf numFmtId=\"").append(kind == TEXT ? 0 : kind == WHOLE ? 3 : 164)
                        .append("\" fontId=\"0\" fillId=\"").append(fill == NO_FILL ? 0 : fill + 1)
                        .append("\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"")
                        .append(kind == TEXT ? "" : " applyNumberFormat=\"1\"").append(fill == NO_FILL ? "" : " applyFill=\"1\"")
                        .append(kind == TEXT ? "><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
                                : "><alignment horizontal=\"right\" vertical=\"center\"/></xf>");
            }
        }
        return xml.append("</cellXfs></styleSheet>").toString();
    }

    /** What the feedback says about the file itself, above the list of problems. */
    record About(String inboxPath, String sha256, String verdictVi, String verdictEn) {
    }

    private FeedbackWorkbook() {
    }

    /** Writes the feedback to {@code target}, replacing it whole (a rerun after a crash writes it again). */
    static void write(Path target, About about, SheetGrid formSheet, List<Finding> findings) throws IOException {
        StreamedWorkbook wb = new StreamedWorkbook(STYLES);
        Table table = null;
        if (formSheet != null) {
            Map<String, List<Finding>> atCells = byCell(formSheet.name(), findings);
            if (!atCells.isEmpty()) {
                table = Table.find(formSheet);
                copyWithProblems(wb.sheet(copyName(formSheet.name()), COPY_WIDTHS), formSheet, table, atCells);
            }
        }
        listProblems(wb.sheet(PROBLEMS_SHEET, WIDTHS), about, formSheet, table, findings);
        wb.write(target);
    }

    /**
     * The copy, row by row: every cell the reader kept, the form's table ruled (its blank cells too), each cell with
     * a finding filled and commented even where the form left it blank.
     */
    private static void copyWithProblems(SheetXml sheet, SheetGrid grid, Table table, Map<String, List<Finding>> atCells) {
        TreeMap<Integer, TreeMap<Integer, Mark>> marked = new TreeMap<>();
        for (Map.Entry<String, List<Finding>> atCell : atCells.entrySet()) {
            CellReference ref = new CellReference(atCell.getKey());
            String item = itemName(grid, table, atCell.getKey());
            marked.computeIfAbsent(ref.getRow(), r -> new TreeMap<>()).put((int) ref.getCol(),
                    new Mark(atCell.getValue().stream().anyMatch(Finding::isError),
                            (item.isEmpty() ? "" : item + "\n\n") + commentText(atCell.getValue())));
        }
        TreeSet<Integer> rows = new TreeSet<>(grid.rowNumbers());
        rows.addAll(marked.keySet());
        if (table != null) {
            for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                rows.add(r);
            }
        }
        for (int r : rows) {
            boolean inTable = table != null && r >= table.headerRow() && r <= table.lastRow();
            TreeMap<Integer, SheetCell> cells = new TreeMap<>();
            for (SheetCell c : grid.row(r)) {
                cells.put(c.col(), c.kind() == CellKind.TEXT ? new SheetCell(c.row(), c.col(), CellKind.TEXT,
                        LegacyVietnamese.normalize(c.text(), c.fontName()), 0, c.fontName()) : c);
            }
            Map<Integer, Mark> marks = marked.getOrDefault(r, new TreeMap<>());
            TreeSet<Integer> columns = new TreeSet<>(cells.keySet());
            columns.addAll(marks.keySet());
            if (inTable) {
                for (int c = table.firstCol(); c <= table.lastCol(); c++) {
                    columns.add(c);
                }
            }
            sheet.row(r, inTable ? height(cells, table) : 0);
            for (int c : columns) {
                Mark mark = marks.get(c);
                boolean ruled = inTable && c >= table.firstCol() && c <= table.lastCol();
                copyCell(sheet, c, cells.get(c), ruled, mark);
                if (mark != null) {
                    sheet.note(r, c, mark.note());
                }
            }
        }
    }

    /** A cell of the copy with findings: red when any is an error, else yellow; the comment it carries. */
    private record Mark(boolean error, String note) {
    }

    /**
     * One cell of the copy (null: blank), in its text as the unit reads it (legacy Vietnamese in Unicode); ruled as
     * the table is when in it or marked, then filled.
     */
    private static void copyCell(SheetXml sheet, int col, SheetCell cell, boolean ruled, Mark mark) {
        CellKind kind = cell == null ? CellKind.FORMULA_WITHOUT_VALUE : cell.kind();
        int style = 0;
        if (ruled || mark != null) {
            boolean number = kind == CellKind.NUMBER && Double.isFinite(cell.number());
            style = style(mark == null ? NO_FILL : mark.error() ? ERROR_FILL : WARNING_FILL,
                    !number ? TEXT : cell.number() == Math.rint(cell.number()) ? WHOLE : DECIMAL);
        }
        switch (kind) {
            case NUMBER -> sheet.number(col, style, cell.number());
            case BOOLEAN -> sheet.bool(col, style, cell.number() != 0);
            case TEXT, ERROR -> sheet.text(col, style, cell.text());
            case FORMULA_WITHOUT_VALUE -> sheet.blank(col, style);
        }
    }

    /** A table row's height in points: enough for its longest wrapped text, up to six lines. */
    private static int height(Map<Integer, SheetCell> cells, Table table) {
        int lines = 1;
        for (SheetCell c : cells.values()) {
            if (c.col() >= table.firstCol() && c.col() <= table.lastCol()
                    && (c.kind() == CellKind.TEXT || c.kind() == CellKind.ERROR)) {
                int width = Math.max(1, (c.col() < COPY_WIDTHS.length ? COPY_WIDTHS[c.col()] : DEFAULT_WIDTH) - 2);
                lines = Math.max(lines, (Math.min(c.text().length(), SheetXml.MAX_TEXT) + width - 1) / width);
            }
        }
        // Wrapped names need the height a spreadsheet program does not always work out on opening.
        return Math.min(lines, 6) * 13 + 3;
    }

    /**
     * Where the form's table is: from the header row naming the code and total columns to the last row with a
     * code, over the columns the header names; null when the sheet has no such header.
     */
    record Table(int headerRow, int lastRow, int firstCol, int lastCol, int nameCol, int codeCol) {

        static Table find(SheetGrid grid) {
            for (int r : grid.rowNumbers()) {
                Map<FormVocabulary.Column, Integer> columns = new java.util.EnumMap<>(FormVocabulary.Column.class);
                for (SheetCell c : grid.row(r)) {
                    if (c.kind() == CellKind.TEXT) {
                        FormVocabulary.column(c.text()).ifPresent(col -> columns.putIfAbsent(col, c.col()));
                    }
                }
                int span = columns.values().stream().max(Integer::compare).orElse(0)
                        - columns.values().stream().min(Integer::compare).orElse(0);
                // A form's table has seven columns; a header spread wider is not one (and a hostile file could
                // make ruling it create millions of cells).
                if (columns.containsKey(FormVocabulary.Column.CODE) && columns.containsKey(FormVocabulary.Column.TOTAL)
                        && span <= MAX_TABLE_COLUMNS) {
                    int code = columns.get(FormVocabulary.Column.CODE);
                    int last = r;
                    for (int below : grid.rowNumbers()) {
                        if (below > r && grid.cell(below, code).filter(c -> !c.text().isBlank()).isPresent()) {
                            last = below;
                        }
                    }
                    int first = columns.values().stream().min(Integer::compare).orElseThrow();
                    int end = columns.values().stream().max(Integer::compare).orElseThrow();
                    return new Table(r, last, first, end, columns.getOrDefault(FormVocabulary.Column.NAME, first), code);
                }
            }
            return null;
        }
    }

    /** The name of the form's row a cell is in, as the unit reads it ("Số trẻ sinh ra sống"); "" outside the table. */
    static String itemName(SheetGrid grid, Table table, String cellRef) {
        if (table == null || cellRef == null || !cellRef.matches("[A-Z]{1,3}[0-9]{1,7}")) {
            return "";
        }
        int row = new CellReference(cellRef).getRow();
        if (row <= table.headerRow() || row > table.lastRow()) {
            return "";
        }
        return grid.cell(row, table.nameCol()).filter(c -> c.kind() == CellKind.TEXT)
                .map(c -> LegacyVietnamese.normalize(c.text(), c.fontName()).strip()).orElse("");
    }

    /**
     * The copy's sheet name: what Excel allows (31 characters, no {@code : \\ / ? * [ ]}, nothing XML cannot
     * hold, as an {@code .xls} sheet name may), never the problems sheet's own name.
     */
    static String copyName(String formSheet) {
        StringBuilder legal = new StringBuilder(formSheet.length());
        formSheet.chars().filter(c -> SheetXml.legal((char) c)).forEach(c -> legal.append((char) c));
        String safe = WorkbookUtil.createSafeSheetName(legal.toString());
        return safe.equalsIgnoreCase(PROBLEMS_SHEET) ? WorkbookUtil.createSafeSheetName("Biểu mẫu - " + safe) : safe;
    }

    private static Map<String, List<Finding>> byCell(String sheet, List<Finding> findings) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (sheet.equals(f.sheet()) && f.cell() != null && f.cell().matches("[A-Z]{1,3}[0-9]{1,7}")) {
                out.computeIfAbsent(f.cell(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private static String commentText(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(text.isEmpty() ? "" : "\n\n").append(f.severity().label("vi")).append(": ").append(f.messageVi())
                    .append("\n").append(f.severity().label("en")).append(": ").append(f.messageEn());
        }
        return text.toString();
    }

    private static void listProblems(SheetXml sheet, About about, SheetGrid formSheet, Table table, List<Finding> findings) {
        line(sheet, 0, 0, PLAIN, "Tệp / File", about.inboxPath());
        line(sheet, 1, 0, PLAIN, "SHA-256", about.sha256());
        line(sheet, 2, 0, PLAIN, "Kết quả / Result", about.verdictVi() + " / " + about.verdictEn());
        line(sheet, 4, 0, LISTED, "Mức độ / Severity", "Vị trí / Cell", "Chỉ tiêu / Item", "Nội dung (tiếng Việt)",
                "Problem (English)", "Quy tắc / Rule");
        int r = 5;
        if (findings.isEmpty()) {
            line(sheet, r, 0, LISTED, "", "", "", "Không có lỗi.", "No problems found.", "");
        }
        for (Finding f : findings) {
            String item = formSheet != null && formSheet.name().equals(f.sheet())
                    ? itemName(formSheet, table, f.cell()) : "";
            String[] texts = {f.severity().label("vi") + " / " + f.severity().label("en"), f.place(), item,
                f.messageVi(), f.messageEn(), f.rule()};
            int lines = 1;
            for (int c = 0; c < texts.length; c++) {
                int width = WIDTHS[c] - 2;
                lines = Math.max(lines, (String.valueOf(texts[c]).length() + width - 1) / width);
            }
            line(sheet, r++, Math.min(lines, 30) * 13 + 3, LISTED, texts);
        }
    }

    /** A row of texts from column A, in one style; a null text leaves its cell blank. */
    private static void line(SheetXml sheet, int row, int height, int style, String... texts) {
        sheet.row(row, height);
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null) {
                sheet.blank(c, style);
            } else {
                sheet.text(c, style, texts[c]);
            }
        }
    }
}
