package vn.genderstats.submit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.form.FormContent;
import vn.genderstats.form.FormWriter;
import vn.genderstats.form.SpreadsheetText;

/**
 * The consolidated figures as the form the level above receives (written by {@link FormWriter}, so it is
 * read back through the normal ingest path), plus a sheet with each child unit's figures. Every text cell
 * is neutralised against formulas.
 */
final class XlsxExport {

    static final String FORM_ID = "BDG-TH";
    static final String CHILDREN_SHEET = "Đơn vị cấp dưới";
    static final String DRAFT = "BẢN NHÁP — SỐ LIỆU CHƯA ĐƯỢC PHÊ DUYỆT / DRAFT — FIGURES NOT APPROVED";
    private static final String[] KEYS = {"T", "M", "F", "CHILD_T", "CHILD_M", "CHILD_F"};

    private final Catalog catalog;

    XlsxExport(Catalog catalog) {
        this.catalog = catalog;
    }

    /** {@code draft}: the figures are not approved, and the file says so on its form, when printed and in its properties. */
    void write(ConsolidatedFigures figures, String receivingUnit, boolean draft, Path out) throws IOException {
        List<DataElement> rows = catalog.dataElements().stream()
                .filter(e -> e.disaggregation().keys().stream().anyMatch(k -> figures.figures().containsKey(FormContent.key(e.code(), k))))
                .toList();
        Path form = Files.createTempFile(out.toAbsolutePath().getParent(), ".export-", ".xlsx");
        try {
            FormWriter.write(new FormContent(FORM_ID, "1", figures.unit().code(),
                    SpreadsheetText.neutralise(figures.unit().name()), SpreadsheetText.neutralise(receivingUnit),
                    figures.period(), null, rows, figures.figures()), form);
            try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in);
                    OutputStream os = Files.newOutputStream(out)) {
                childrenSheet(wb, figures, rows);
                if (draft) {
                    markDraft(wb);
                }
                wb.getProperties().getCustomProperties().addProperty("genderstats.status", draft ? "draft" : "approved");
                wb.write(os);
            }
        } finally {
            Files.deleteIfExists(form);
        }
    }

    private static void markDraft(XSSFWorkbook wb) {
        XSSFSheet form = wb.getSheetAt(0);
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        red.setFontHeightInPoints((short) 13);
        CellStyle style = wb.createCellStyle();
        style.setFont(red);
        style.setAlignment(HorizontalAlignment.CENTER);
        // Row 4 of the form lies between its header (rows 1-3) and its table.
        Row row = form.getRow(3) == null ? form.createRow(3) : form.getRow(3);
        row.setHeightInPoints(20);
        var cell = row.createCell(0);
        cell.setCellValue(DRAFT);
        cell.setCellStyle(style);
        form.addMergedRegion(new CellRangeAddress(3, 3, 0, 6));
        for (XSSFSheet sheet : List.of(form, wb.getSheet(CHILDREN_SHEET))) {
            sheet.getHeader().setCenter("&B&14" + DRAFT);
        }
    }

    private void childrenSheet(XSSFWorkbook wb, ConsolidatedFigures figures, List<DataElement> rows) {
        XSSFSheet sheet = wb.createSheet(CHILDREN_SHEET);
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        CellStyle number = wb.createCellStyle();
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        String[] titles = {"Đơn vị / Unit", "Tên đơn vị / Name", "Báo cáo; phê duyệt / Reporting; approval",
            "Chỉ tiêu / Data element",
            "Tổng số / Total", "Nam / Male", "Nữ / Female", "Trẻ em: tổng / Children: total", "Trẻ em: nam / Children: male",
            "Trẻ em: nữ / Children: female"};
        Row head = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            var cell = head.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(header);
        }
        int[] widths = {10, 32, 30, 60, 12, 12, 12, 14, 14, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (ConsolidatedFigures.ChildFigures child : figures.children()) {
            String state = child.reporting() + "; " + child.state();
            if (child.figures().isEmpty()) {
                // Every child is listed: one without figures on a line of its own.
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetText.neutralise(child.unit().code()));
                row.createCell(1).setCellValue(SpreadsheetText.neutralise(child.unit().name()));
                row.createCell(2).setCellValue(SpreadsheetText.neutralise(state));
                continue;
            }
            for (DataElement e : rows) {
                if (e.disaggregation().keys().stream().noneMatch(k -> child.figures().containsKey(FormContent.key(e.code(), k)))) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetText.neutralise(child.unit().code()));
                row.createCell(1).setCellValue(SpreadsheetText.neutralise(child.unit().name()));
                row.createCell(2).setCellValue(SpreadsheetText.neutralise(state));
                row.createCell(3).setCellValue(SpreadsheetText.neutralise(e.name().in("vi")) + " (" + e.code() + ")");
                for (int k = 0; k < KEYS.length; k++) {
                    BigDecimal v = child.figures().get(FormContent.key(e.code(), KEYS[k]));
                    if (v != null) {
                        var cell = row.createCell(4 + k);
                        cell.setCellValue(v.doubleValue());
                        cell.setCellStyle(number);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        // Printed one landscape page wide, the column titles on every page.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }
}
