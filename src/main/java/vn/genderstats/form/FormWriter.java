package vn.genderstats.form;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.form.FormVocabulary.Column;
import vn.genderstats.form.FormVocabulary.HeaderLabel;

/**
 * Writes a form as a Vietnamese statistical form (biểu mẫu) a clerk can fill: form number, title and
 * period, reporting and receiving unit, deadline; a table with a column-key row (A, B, C, 1, 2, 3, D) and
 * a unit-of-measure column; the dateline and the two signatures. Only the figure and note cells are
 * unlocked, each with the data validation its value type needs. The form id and version are also stored
 * as custom document properties, which the reader takes as the layout's identity ({@link FormStamp}).
 * A blank template and a filled form are the same file; the reader finds both by the same labels.
 */
public final class FormWriter {

    public static final String SHEET = "Biểu mẫu";
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";

    static final int NAME = 0;
    static final int CODE = 1;
    static final int UNIT = 2;
    static final int TOTAL = 3;
    static final int MALE = 4;
    static final int FEMALE = 5;
    static final int NOTE = 6;
    private static final Column[] TABLE = {Column.NAME, Column.CODE, Column.UNIT, Column.TOTAL, Column.MALE,
        Column.FEMALE, Column.NOTE};
    private static final String[] KEYS = {"A", "B", "C", "1", "2", "3", "D"};
    private static final int[] WIDTHS = {46, 30, 12, 11, 11, 12, 18};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormWriter() {
    }

    public static void write(FormContent form, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            FormStyles st = new FormStyles(wb);
            PrintedLabels labels = PrintedLabels.of(form.lang());
            XSSFSheet sheet = wb.createSheet(SHEET);
            new SheetWriter(sheet, form, labels, st).write();
            FormInstructions.write(wb.createSheet(INSTRUCTIONS_SHEET), form, st);
            stamp(wb, form);
            wb.setActiveSheet(0);
            wb.lockStructure();
            wb.write(os);
        }
    }

    private static void stamp(XSSFWorkbook wb, FormContent form) {
        POIXMLProperties properties = wb.getProperties();
        properties.getCoreProperties().setTitle(form.title().in(form.lang()) + " – " + nonNull(form.formId()));
        properties.getCoreProperties().setCreator("genderstats");
        properties.getCustomProperties().addProperty(FormStamp.FORM_ID, nonNull(form.formId()));
        properties.getCustomProperties().addProperty(FormStamp.FORM_VERSION, nonNull(form.formVersion()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** One form sheet, written top to bottom. */
    private static final class SheetWriter {
        private final XSSFSheet sheet;
        private final FormContent form;
        private final PrintedLabels labels;
        private final FormStyles st;
        private final CellRangeAddressList counts = new CellRangeAddressList();
        private final CellRangeAddressList amounts = new CellRangeAddressList();
        private final CellRangeAddressList yesNo = new CellRangeAddressList();

        SheetWriter(XSSFSheet sheet, FormContent form, PrintedLabels labels, FormStyles st) {
            this.sheet = sheet;
            this.form = form;
            this.labels = labels;
            this.st = st;
        }

        void write() {
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            header();
            int tableRow = 5;
            Row head = sheet.createRow(tableRow);
            Row key = sheet.createRow(tableRow + 1);
            head.setHeightInPoints(32);
            for (int c = 0; c < TABLE.length; c++) {
                cell(head, c, labels.column(TABLE[c]), st.tableHeader);
                cell(key, c, KEYS[c], st.key);
            }
            int r = tableRow + 2;
            int objective = -1;
            for (DataElement e : form.rows()) {
                if (e.objective() != objective) {
                    objective = e.objective();
                    r = section(r, labels.objective(objective));
                }
                int level = e.partOf().isEmpty() ? 0 : 1;
                String name = e.name().in(labels.lang());
                r = row(r, e, "", e.partOf().size() > 1 ? labels.partOfRowsAbove(name, e.partOf().size()) : name,
                        level);
                if (e.disaggregation() == Disaggregation.SEX_AGE) {
                    r = row(r, e, FormVocabulary.CHILD_ROW_SUFFIX, labels.childRow(), level + 1);
                }
            }
            footer(r + 1);
            validations();
            protectAndPrint(tableRow);
        }

        private void header() {
            Row r0 = sheet.createRow(0);
            Row r1 = sheet.createRow(1);
            Row r2 = sheet.createRow(2);
            r0.setHeightInPoints(34);
            r2.setHeightInPoints(34);
            cell(r0, NAME, labels.header(HeaderLabel.FORM_ID) + ": " + nonNull(form.formId()), st.bold);
            cell(r1, NAME, labels.header(HeaderLabel.FORM_VERSION) + ": " + nonNull(form.formVersion()), st.plain);
            cell(r2, NAME, labels.deadline() + ": " + (form.deadline() == null ? "" : DAY.format(form.deadline())),
                    st.plain);
            merged(r0, CODE, FEMALE - 1, form.title().in(labels.lang()), st.title);
            merged(r1, CODE, FEMALE - 1, labels.header(HeaderLabel.PERIOD) + ": " + form.period().label(labels.lang()),
                    st.subtitle);
            merged(r0, FEMALE, NOTE, labels.header(HeaderLabel.UNIT_NAME) + ": " + nonNull(form.unitName()), st.wrapped);
            cell(r1, FEMALE, labels.header(HeaderLabel.UNIT_CODE) + ":", st.bold);
            cell(r1, NOTE, nonNull(form.unitCode()), st.bold);
            merged(r2, FEMALE, NOTE, labels.receivingUnit() + ": " + nonNull(form.receivingUnit()), st.wrapped);
        }

        private int section(int r, String title) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(19);
            merged(row, NAME, NOTE, title, st.section);
            for (int c = NAME + 1; c <= NOTE; c++) {
                row.createCell(c).setCellStyle(st.section);
            }
            return r + 1;
        }

        private int row(int r, DataElement e, String suffix, String name, int level) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(lines(name, level) * 15.5f + 3);
            cell(row, NAME, name, st.indented[Math.min(level, st.indented.length - 1)]);
            cell(row, CODE, e.code() + suffix, st.code);
            cell(row, UNIT, e.unit().in(labels.lang()), st.unit);
            String prefix = suffix.isEmpty() ? "" : "CHILD_";
            figure(row, TOTAL, e, prefix + "T");
            if (e.disaggregation() != Disaggregation.NONE) {
                figure(row, MALE, e, prefix + "M");
                figure(row, FEMALE, e, prefix + "F");
            } else {
                cell(row, MALE, "", st.shaded);
                cell(row, FEMALE, "", st.shaded);
            }
            cell(row, NOTE, "", st.noteInput);
            return r + 1;
        }

        /** How many lines a name takes in column A at 12 pt, so the printed row is tall enough. */
        private static int lines(String name, int level) {
            int perLine = WIDTHS[NAME] - 4 - 2 * level;
            return Math.max(1, (name.length() + perLine - 1) / perLine);
        }

        private void figure(Row row, int col, DataElement e, String disagg) {
            BigDecimal v = form.figures().get(FormContent.key(e.code(), disagg));
            Cell c = row.createCell(col);
            CellRangeAddress at = new CellRangeAddress(row.getRowNum(), row.getRowNum(), col, col);
            switch (e.valueType()) {
                case COUNT -> {
                    c.setCellStyle(st.countInput);
                    counts.addCellRangeAddress(at);
                }
                case AMOUNT -> {
                    c.setCellStyle(st.amountInput);
                    amounts.addCellRangeAddress(at);
                }
                case YESNO -> {
                    c.setCellStyle(st.yesNoInput);
                    yesNo.addCellRangeAddress(at);
                }
            }
            if (v == null) {
                return;
            }
            if (e.valueType() == ValueType.YESNO && v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0) {
                c.setCellValue(v.signum() > 0 ? labels.yes() : labels.no());
            } else {
                c.setCellValue(v.doubleValue());
            }
        }

        private void footer(int r) {
            Row date = sheet.createRow(r);
            merged(date, TOTAL, NOTE, labels.dateLine(), st.dateInput);
            Row sign = sheet.createRow(r + 1);
            cell(sign, NAME, labels.preparer(), st.boldCentre);
            merged(sign, TOTAL, NOTE, labels.head(), st.boldCentre);
            Row hint = sheet.createRow(r + 2);
            cell(hint, NAME, labels.preparerHint(), st.italicCentre);
            merged(hint, TOTAL, NOTE, labels.headHint(), st.italicCentre);
        }

        private void validations() {
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            boolean en = labels.english();
            // The same words as point 5 of the instructions: a cell takes a number or stays blank.
            String blank = en ? " None at all: 0. Not known, or not applicable to the unit: leave it blank and say why"
                    + " in the Note column." : " Không có trường hợp nào: nhập 0. Chưa có số liệu hoặc không áp dụng"
                    + " với đơn vị: để trống và ghi lý do ở cột Ghi chú.";
            add(helper, counts, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                    (en ? "Enter a whole number, 0 or more." : "Nhập số nguyên, không âm (0, 1, 2…).") + blank);
            add(helper, amounts, helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                    (en ? "Enter an amount, 0 or more." : "Nhập số tiền hoặc số lượng, không âm.") + blank);
            add(helper, yesNo, helper.createExplicitListConstraint(new String[] {labels.yes(), labels.no()}),
                    en ? "Choose Yes or No." : "Chọn Có hoặc Không.");
        }

        private void add(XSSFDataValidationHelper helper, CellRangeAddressList cells, DataValidationConstraint constraint,
                String message) {
            if (cells.countRanges() == 0) {
                return;
            }
            DataValidation v = helper.createValidation(constraint, cells);
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(labels.english() ? "Invalid figure" : "Số liệu không hợp lệ", message);
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }

        private void protectAndPrint(int tableRow) {
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.setRepeatingRows(new CellRangeAddress(tableRow, tableRow + 1, -1, -1));
            sheet.getFooter().setCenter("&P / &N");
        }

        private void merged(Row row, int from, int to, String text, CellStyle style) {
            cell(row, from, text, style);
            for (int c = from + 1; c <= to; c++) {
                row.createCell(c).setCellStyle(style);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }
}
