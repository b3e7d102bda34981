package vn.genderstats.form;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles of a template, in Times New Roman as administrative documents are. Every style is locked
 * except the input ones: with the sheet protected, a clerk can type only into the figure and note cells.
 */
final class FormStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle bold;
    final CellStyle plain;
    final CellStyle wrapped;
    final CellStyle boldCentre;
    final CellStyle italicCentre;
    final CellStyle tableHeader;
    final CellStyle key;
    final CellStyle section;
    final CellStyle name;
    final CellStyle[] indented;
    final CellStyle code;
    final CellStyle unit;
    final CellStyle shaded;
    final CellStyle countInput;
    final CellStyle amountInput;
    final CellStyle yesNoInput;
    final CellStyle noteInput;
    final CellStyle dateInput;
    final CellStyle instruction;
    final CellStyle instructionEnglish;
    final CellStyle instructionTitle;

    FormStyles(XSSFWorkbook wb) {
        Font regular = font(wb, false, false, 12);
        Font boldFont = font(wb, true, false, 12);
        title = aligned(wb, font(wb, true, false, 13), HorizontalAlignment.CENTER, true);
        subtitle = aligned(wb, font(wb, true, true, 12), HorizontalAlignment.CENTER, false);
        bold = aligned(wb, boldFont, HorizontalAlignment.LEFT, false);
        plain = aligned(wb, regular, HorizontalAlignment.LEFT, false);
        wrapped = aligned(wb, regular, HorizontalAlignment.LEFT, true);
        boldCentre = aligned(wb, boldFont, HorizontalAlignment.CENTER, false);
        italicCentre = aligned(wb, font(wb, false, true, 11), HorizontalAlignment.CENTER, false);
        tableHeader = boxed(wb, boldFont, HorizontalAlignment.CENTER);
        tableHeader.setWrapText(true);
        fill(tableHeader, IndexedColors.GREY_25_PERCENT);
        key = boxed(wb, font(wb, false, true, 10), HorizontalAlignment.CENTER);
        section = boxed(wb, boldFont, HorizontalAlignment.LEFT);
        section.setWrapText(true);
        name = boxed(wb, regular, HorizontalAlignment.LEFT);
        name.setWrapText(true);
        indented = new CellStyle[3];
        for (int i = 0; i < indented.length; i++) {
            indented[i] = boxed(wb, i == 0 ? regular : font(wb, false, true, 12), HorizontalAlignment.LEFT);
            indented[i].setWrapText(true);
            indented[i].setIndention((short) (2 * i));
        }
        code = boxed(wb, font(wb, false, false, 9), HorizontalAlignment.LEFT);
        unit = boxed(wb, regular, HorizontalAlignment.CENTER);
        unit.setWrapText(true);
        shaded = boxed(wb, regular, HorizontalAlignment.CENTER);
        fill(shaded, IndexedColors.GREY_25_PERCENT);
        countInput = input(wb, regular, "#,##0");
        amountInput = input(wb, regular, "#,##0.00");
        yesNoInput = input(wb, regular, "@");
        yesNoInput.setAlignment(HorizontalAlignment.CENTER);
        noteInput = input(wb, regular, "@");
        noteInput.setWrapText(true);
        dateInput = aligned(wb, font(wb, false, true, 12), HorizontalAlignment.CENTER, false);
        dateInput.setLocked(false);
        instructionTitle = aligned(wb, font(wb, true, false, 14), HorizontalAlignment.LEFT, true);
        instruction = aligned(wb, regular, HorizontalAlignment.LEFT, true);
        Font grey = font(wb, false, true, 11);
        grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        instructionEnglish = aligned(wb, grey, HorizontalAlignment.LEFT, true);
    }

    private static CellStyle input(XSSFWorkbook wb, Font f, String format) {
        CellStyle s = boxed(wb, f, HorizontalAlignment.RIGHT);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setLocked(false);
        return s;
    }

    private static void fill(CellStyle s, IndexedColors colour) {
        s.setFillForegroundColor(colour.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle aligned(XSSFWorkbook wb, Font f, HorizontalAlignment alignment, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(alignment);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        return s;
    }

    private static CellStyle boxed(XSSFWorkbook wb, Font f, HorizontalAlignment alignment) {
        CellStyle s = aligned(wb, f, alignment, false);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
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
