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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
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
import vn.genderstats.form.Finding;
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
            listProblems(wb, about, findings);
            try (OutputStream out = Files.newOutputStream(partial)) {
                wb.write(out);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyWithProblems(XSSFWorkbook wb, SheetGrid grid, Map<String, List<Finding>> atCells) {
        XSSFSheet sheet = wb.createSheet(copyName(grid.name()));
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
        printOnePageWide(sheet);
        CellStyle error = fill(wb, IndexedColors.ROSE);
        CellStyle warning = fill(wb, IndexedColors.LIGHT_YELLOW);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Map.Entry<String, List<Finding>> atCell : atCells.entrySet()) {
            CellReference ref = new CellReference(atCell.getKey());
            XSSFRow row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            XSSFCell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            boolean anyError = atCell.getValue().stream().anyMatch(Finding::isError);
            cell.setCellStyle(anyError ? error : warning);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 6);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString(commentText(atCell.getValue())));
            comment.setAuthor("genderstats");
            cell.setCellComment(comment);
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

    private static void listProblems(XSSFWorkbook wb, About about, List<Finding> findings) {
        XSSFSheet sheet = wb.createSheet(PROBLEMS_SHEET);
        CellStyle wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        int r = 0;
        line(sheet, r++, null, "Tệp / File", about.inboxPath());
        line(sheet, r++, null, "SHA-256", about.sha256());
        line(sheet, r++, null, "Kết quả / Result", about.verdictVi() + " / " + about.verdictEn());
        r++;
        line(sheet, r++, wrapped, "Mức độ / Severity", "Vị trí / Cell", "Nội dung (tiếng Việt)", "Problem (English)",
                "Quy tắc / Rule");
        if (findings.isEmpty()) {
            line(sheet, r, wrapped, "", "", "Không có lỗi.", "No problems found.", "");
        }
        for (Finding f : findings) {
            line(sheet, r++, wrapped, f.severity().label("vi") + " / " + f.severity().label("en"), f.place(),
                    f.messageVi(), f.messageEn(), f.rule());
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 55 * 256);
        sheet.setColumnWidth(3, 55 * 256);
        sheet.setColumnWidth(4, 28 * 256);
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

    private static CellStyle fill(XSSFWorkbook wb, IndexedColors color) {
        CellStyle style = wb.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
