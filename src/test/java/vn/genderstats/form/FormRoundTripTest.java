package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.testing.Forms;

/** Real workbooks written by POI and read back by the streaming reader. */
class FormRoundTripTest {

    @TempDir
    Path dir;

    final FormReader reader = new FormReader(Forms.CATALOG);

    @Test
    void aWrittenFormReadsBackItsUnitPeriodAndFiguresAtTheirCells() throws Exception {
        Path file = Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0).writeTo(dir.resolve("f.xlsx"));

        FilledForm form = reader.read(WorkbookFiles.read(file));

        assertThat(form.unitCode()).isEqualTo(new HeaderField("01489", "G2"));
        assertThat(form.unitName().text()).isEqualTo("Xã Đình Phong");
        assertThat(form.period().text()).isEqualTo("Năm 2024");
        assertThat(form.formVersion().text()).isEqualTo(Forms.CATALOG.form("commune", "territory").orElseThrow().version());
        assertThat(form.values()).extracting(FormValue::element, FormValue::disagg, FormValue::amount)
                .contains(org.assertj.core.groups.Tuple.tuple("LIVE_BIRTHS", "M", new BigDecimal("18")),
                        org.assertj.core.groups.Tuple.tuple("GOV_BODIES", "T", new BigDecimal("2")));
        FormValue boys = form.values().stream().filter(v -> v.element().equals("LIVE_BIRTHS") && v.disagg().equals("M"))
                .findFirst().orElseThrow();
        assertThat(boys.cell()).matches("E\\d+");
        assertThat(form.findings()).isEmpty();
    }

    @Test
    void findsAHandTypedSheetByEnglishLabelsWithoutDiacriticsAndNumbersTypedAsText() throws Exception {
        Path file = dir.resolve("typed.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Sheet1");
            row(s, 1, "Unit code:", "01489");
            row(s, 2, "Ten don vi", "Xa Dinh Phong");
            row(s, 3, "Reporting period", "Nam 2024");
            row(s, 6, "Code", "Indicator", "Total", "Male", "Female");
            row(s, 7, "LIVE_BIRTHS", "Live births", "1.030,0", "530", "500");
            row(s, 8, "GOV_BODIES", "Bodies", "không có");
            row(s, 9, "TRAINING_COURSES", "Courses", "1.234");
            wb.write(os);
        }

        FilledForm form = reader.read(WorkbookFiles.read(file));

        assertThat(form.unitCode().text()).isEqualTo("01489");
        assertThat(form.values()).extracting(FormValue::element, FormValue::disagg, FormValue::amount).contains(
                org.assertj.core.groups.Tuple.tuple("LIVE_BIRTHS", "T", new BigDecimal("1030.0")),
                org.assertj.core.groups.Tuple.tuple("GOV_BODIES", "T", null));
        assertThat(form.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("value.ambiguous-number");
            assertThat(f.place()).isEqualTo("Sheet1!C10");
        });
    }

    @Test
    void readsAnOldXlsWorkbookThroughHssf() throws Exception {
        Path file = dir.resolve("old.xls");
        try (Workbook wb = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("BC");
            row(s, 0, "Mã đơn vị:", "01501");
            row(s, 1, "Kỳ báo cáo:", "Năm 2024");
            row(s, 3, "Mã số", "Chỉ tiêu", "Tổng số", "Nam", "Nữ");
            Row r = s.createRow(4);
            r.createCell(0).setCellValue("LIVE_BIRTHS");
            r.createCell(3).setCellValue(21);
            r.createCell(4).setCellValue(22);
            wb.write(os);
        }

        FilledForm form = reader.read(WorkbookFiles.read(file));

        assertThat(form.unitCode().text()).isEqualTo("01501");
        assertThat(form.values()).extracting(FormValue::disagg, FormValue::amount, FormValue::cell)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("M", new BigDecimal("21"), "D5"),
                        org.assertj.core.groups.Tuple.tuple("F", new BigDecimal("22"), "E5"));
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(dir.resolve("renamed.xlsx"), "%PDF-1.7 not a spreadsheet");

        assertThatThrownBy(() -> WorkbookFiles.read(file)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void refusesASheetWithoutAForm() throws Exception {
        Path file = dir.resolve("letter.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            row(wb.createSheet("Thư"), 0, "Kính gửi UBND huyện");
            wb.write(os);
        }

        assertThatThrownBy(() -> reader.read(WorkbookFiles.read(file))).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("No form found");
    }

    private static void row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }
}
