package vn.genderstats.form;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.form.FormLayout.Column;
import vn.genderstats.form.FormLayout.HeaderLabel;

/**
 * Writes a form as a Vietnamese statistical form (biểu mẫu): header block, unit-of-measure line, a
 * table with a column-key row, and the signature footer. The reader finds it by the same labels.
 */
public final class FormWriter {

    public static final String SHEET = "Biểu mẫu";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Column[] TABLE = {Column.CODE, Column.NAME, Column.UNIT, Column.TOTAL, Column.MALE,
            Column.FEMALE, Column.NOTE};

    private FormWriter() {
    }

    public static void write(FormContent form, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            Styles st = new Styles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            int[] widths = {16, 52, 12, 12, 12, 12, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 0;
            labelled(sheet, r++, HeaderLabel.FORM_ID, form.formId(), st);
            labelled(sheet, r++, HeaderLabel.FORM_VERSION, form.formVersion(), st);
            Row title = sheet.createRow(r++);
            cell(title, 0, "BÁO CÁO SỐ LIỆU THỐNG KÊ VỀ BÌNH ĐẲNG GIỚI", st.title);
            sheet.addMergedRegion(new CellRangeAddress(title.getRowNum(), title.getRowNum(), 0, 6));
            r++;
            labelled(sheet, r++, HeaderLabel.UNIT_CODE, form.unitCode(), st);
            labelled(sheet, r++, HeaderLabel.UNIT_NAME, form.unitName(), st);
            labelled(sheet, r++, HeaderLabel.PERIOD, form.period().label("vi"), st);
            plain(sheet, r++, "Đơn vị nhận báo cáo:", form.receivingUnit(), st);
            plain(sheet, r++, "Hạn gửi báo cáo:", form.deadline() == null ? "" : DAY.format(form.deadline()), st);
            r++;
            Row header = sheet.createRow(r++);
            Row key = sheet.createRow(r++);
            String[] keys = {"A", "B", "C", "1", "2", "3", "D"};
            for (int c = 0; c < TABLE.length; c++) {
                cell(header, c, TABLE[c].written(), st.tableHeader);
                cell(key, c, keys[c], st.key);
            }
            for (DataElement e : form.rows()) {
                r = row(sheet, r, e, "", e.name().vi(), form, st);
                if (e.disaggregation() == Disaggregation.SEX_AGE) {
                    r = row(sheet, r, e, FormLayout.CHILD_ROW_SUFFIX, "   Trong đó: trẻ em (dưới 16 tuổi)", form, st);
                }
            }
            r++;
            Row sign = sheet.createRow(r + 1);
            cell(sign, 1, "Người lập biểu", st.bold);
            cell(sign, 4, "Thủ trưởng đơn vị", st.bold);
            Row hint = sheet.createRow(r + 2);
            cell(hint, 1, "(Ký, ghi rõ họ tên)", st.italic);
            cell(hint, 4, "(Ký, đóng dấu, ghi rõ họ tên)", st.italic);
            wb.write(os);
        }
    }

    private static int row(XSSFSheet sheet, int r, DataElement e, String suffix, String name, FormContent form, Styles st) {
        Row row = sheet.createRow(r);
        cell(row, 0, e.code() + suffix, st.code);
        cell(row, 1, name, st.text);
        cell(row, 2, e.unit().vi(), st.text);
        String prefix = suffix.isEmpty() ? "" : "CHILD_";
        figure(row, 3, form, e, prefix + "T", st);
        boolean bySex = e.disaggregation() != Disaggregation.NONE;
        if (bySex) {
            figure(row, 4, form, e, prefix + "M", st);
            figure(row, 5, form, e, prefix + "F", st);
        } else {
            cell(row, 4, "", st.shaded);
            cell(row, 5, "", st.shaded);
        }
        cell(row, 6, "", st.text);
        return r + 1;
    }

    private static void figure(Row row, int col, FormContent form, DataElement e, String disagg, Styles st) {
        BigDecimal v = form.figures().get(FormContent.key(e.code(), disagg));
        var c = row.createCell(col);
        c.setCellStyle(st.number);
        if (v != null) {
            c.setCellValue(v.doubleValue());
        }
    }

    private static void labelled(XSSFSheet sheet, int r, HeaderLabel label, String value, Styles st) {
        plain(sheet, r, label.written() + ":", value, st);
    }

    private static void plain(XSSFSheet sheet, int r, String label, String value, Styles st) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, st.bold);
        cell(row, 1, value == null ? "" : value, st.headerValue);
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        var c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    /** The handful of styles a form uses, in Times New Roman as administrative documents are. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle headerValue;
        final CellStyle tableHeader;
        final CellStyle key;
        final CellStyle code;
        final CellStyle text;
        final CellStyle number;
        final CellStyle shaded;

        Styles(XSSFWorkbook wb) {
            Font regular = font(wb, false, false, 12);
            Font boldFont = font(wb, true, false, 12);
            title = wb.createCellStyle();
            title.setFont(font(wb, true, false, 14));
            title.setAlignment(HorizontalAlignment.CENTER);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            italic = wb.createCellStyle();
            italic.setFont(font(wb, false, true, 11));
            headerValue = wb.createCellStyle();
            headerValue.setFont(regular);
            headerValue.setDataFormat(wb.createDataFormat().getFormat("@"));
            tableHeader = boxed(wb, boldFont);
            tableHeader.setAlignment(HorizontalAlignment.CENTER);
            tableHeader.setWrapText(true);
            tableHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            tableHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            key = boxed(wb, font(wb, false, true, 10));
            key.setAlignment(HorizontalAlignment.CENTER);
            code = boxed(wb, regular);
            text = boxed(wb, regular);
            text.setWrapText(true);
            number = boxed(wb, regular);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            shaded = boxed(wb, regular);
            shaded.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle boxed(XSSFWorkbook wb, Font f) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }
    }
}
