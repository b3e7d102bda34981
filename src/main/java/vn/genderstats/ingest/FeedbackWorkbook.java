package vn.genderstats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * A file with no finding at all gets the same list streamed without POI ({@link ReceiptWorkbook}).
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

    /** What the feedback says about the file itself, above the list of problems. */
    record About(String inboxPath, String sha256, String verdictVi, String verdictEn) {
    }

    private FeedbackWorkbook() {
    }

    /** Writes the feedback to {@code target}, replacing it whole (a rerun after a crash writes it again). */
    static void write(Path target, About about, SheetGrid formSheet, List<Finding> findings) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (formSheet != null) {
                Map<String, List<Finding>> atCells = byCell(formSheet.name(), findings);
                if (!atCells.isEmpty()) {
                    copyWithProblems(wb, formSheet, atCells);
                }
            }
            listProblems(wb, about, formSheet, findings);
            try (OutputStream out = Files.newOutputStream(partial)) {
                wb.write(out);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyWithProblems(XSSFWorkbook wb, SheetGrid grid, Map<String, List<Finding>> atCells) {
        XSSFSheet sheet = wb.createSheet(copyName(grid.name()));
        Table table = Table.find(grid);
        Styles styles = new Styles(wb);
        for (int r : grid.rowNumbers()) {
            XSSFRow row = sheet.createRow(r);
            for (SheetCell c : grid.row(r)) {
                XSSFCell cell = row.createCell(c.col());
                switch (c.kind()) {
                    case NUMBER -> cell.setCellValue(c.number());
                    case BOOLEAN -> cell.setCellValue(c.number() != 0);
                    case TEXT -> cell.setCellValue(fit(LegacyVietnamese.normalize(c.text(), c.fontName())));
                    case ERROR -> cell.setCellValue(fit(c.text()));
                    case FORMULA_WITHOUT_VALUE -> cell.setBlank();
                }
            }
        }
        sheet.setColumnWidth(0, 55 * 256);   // the labels of the form
        sheet.setColumnWidth(1, 40 * 256);
        // The form's table prints as it did when the unit filled it: ruled, numbers to the right.
        if (table != null) {
            for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                int lines = 1;
                for (int c = table.firstCol(); c <= table.lastCol(); c++) {
                    XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    cell.setCellStyle(styles.of(cell, null));
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        int width = Math.max(1, sheet.getColumnWidth(c) / 256 - 2);
                        lines = Math.max(lines, (cell.getStringCellValue().length() + width - 1) / width);
                    }
                }
                // Wrapped names need the height a spreadsheet program does not always work out on opening.
                row.setHeightInPoints(Math.min(lines, 6) * 13f + 3);
            }
        }
        printOnePageWide(sheet);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Map.Entry<String, List<Finding>> atCell : atCells.entrySet()) {
            CellReference ref = new CellReference(atCell.getKey());
            XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            XSSFCell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            boolean anyError = atCell.getValue().stream().anyMatch(Finding::isError);
            cell.setCellStyle(styles.of(cell, anyError ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW));
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 6);
            XSSFComment comment = drawing.createCellComment(anchor);
            String item = itemName(grid, table, atCell.getKey());
            comment.setString(wb.getCreationHelper().createRichTextString(
                    (item.isEmpty() ? "" : item + "\n\n") + commentText(atCell.getValue())));
            comment.setAuthor("genderstats");
            cell.setCellComment(comment);
        }
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

    /** Cell styles of the copy, made once each: ruled, numbers right-aligned with thousands grouped, filled when marked. */
    private static final class Styles {

        private final XSSFWorkbook wb;
        private final Map<String, CellStyle> made = new java.util.HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
        }

        CellStyle of(XSSFCell cell, IndexedColors fill) {
            boolean number = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
            boolean whole = number && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue());
            String key = (number ? (whole ? "n" : "d") : "t") + (fill == null ? "" : fill.name());
            return made.computeIfAbsent(key, k -> {
                CellStyle style = wb.createCellStyle();
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                if (number) {
                    style.setAlignment(HorizontalAlignment.RIGHT);
                    style.setDataFormat(wb.createDataFormat().getFormat(whole ? "#,##0" : "#,##0.0##"));
                } else {
                    style.setWrapText(true);
                }
                if (fill != null) {
                    style.setFillForegroundColor(fill.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return style;
            });
        }
    }

    /**
     * The copy's sheet name: what Excel allows (31 characters, no {@code : \\ / ? * [ ]}), never the problems
     * sheet's own name.
     */
    static String copyName(String formSheet) {
        String safe = WorkbookUtil.createSafeSheetName(formSheet);
        return safe.equalsIgnoreCase(PROBLEMS_SHEET) ? WorkbookUtil.createSafeSheetName("Biểu mẫu - " + safe) : safe;
    }

    /** A cell holds at most 32,767 characters; a longer text from a hostile file is cut. */
    static String fit(String text) {
        return text.length() <= SpreadsheetVersion.EXCEL2007.getMaxTextLength() ? text
                : text.substring(0, SpreadsheetVersion.EXCEL2007.getMaxTextLength() - 1) + "…";
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

    private static void listProblems(XSSFWorkbook wb, About about, SheetGrid formSheet, List<Finding> findings) {
        XSSFSheet sheet = wb.createSheet(PROBLEMS_SHEET);
        CellStyle wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setBorderTop(BorderStyle.THIN);
        wrapped.setBorderBottom(BorderStyle.THIN);
        wrapped.setBorderLeft(BorderStyle.THIN);
        wrapped.setBorderRight(BorderStyle.THIN);
        Table table = formSheet == null ? null : Table.find(formSheet);
        int r = 0;
        line(sheet, r++, null, "Tệp / File", about.inboxPath());
        line(sheet, r++, null, "SHA-256", about.sha256());
        line(sheet, r++, null, "Kết quả / Result", about.verdictVi() + " / " + about.verdictEn());
        r++;
        line(sheet, r++, wrapped, "Mức độ / Severity", "Vị trí / Cell", "Chỉ tiêu / Item", "Nội dung (tiếng Việt)",
                "Problem (English)", "Quy tắc / Rule");
        if (findings.isEmpty()) {
            line(sheet, r, wrapped, "", "", "", "Không có lỗi.", "No problems found.", "");
        }
        for (Finding f : findings) {
            String item = formSheet != null && formSheet.name().equals(f.sheet())
                    ? itemName(formSheet, table, f.cell()) : "";
            String[] texts = {f.severity().label("vi") + " / " + f.severity().label("en"), f.place(), item,
                f.messageVi(), f.messageEn(), f.rule()};
            line(sheet, r, wrapped, texts);
            int lines = 1;
            for (int c = 0; c < texts.length; c++) {
                int width = WIDTHS[c] - 2;
                lines = Math.max(lines, (String.valueOf(texts[c]).length() + width - 1) / width);
            }
            sheet.getRow(r++).setHeightInPoints(Math.min(lines, 30) * 13f + 3);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        printOnePageWide(sheet);
    }

    private static void line(XSSFSheet sheet, int index, CellStyle style, String... texts) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            XSSFCell cell = row.createCell(i);
            cell.setCellValue(fit(texts[i]));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Clerks print the answer: each sheet comes out one landscape A4 page wide, not cut into column strips. */
    private static void printOnePageWide(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

}
