package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.calendar.CalendarLoader;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Forms;

/** Templates written by {@link Templates} and read back by the streaming reader, without the database. */
class TemplateReadBackTest {

    static final Templates TEMPLATES = new Templates(Forms.CATALOG, HierarchyFiles.load(Path.of("jobs/hierarchy")),
            CalendarLoader.load(Path.of("jobs/calendar.yaml")));
    static final Period YEAR = Period.annual(2024);

    @TempDir
    Path dir;

    final FormReader reader = new FormReader(Forms.CATALOG);

    @Test
    void yesNoAnswersPickedFromTheCoKhongListAreReadAsOneAndZero() throws Exception {
        AdminUnit caoBang = TEMPLATES.unit("04", YEAR);
        Path template = dir.resolve("national.xlsx");
        FormWriter.write(TEMPLATES.nationalInput(caoBang, YEAR, "vi"), template);
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(filled)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            row(sheet, "GE_CURRICULA_ASSESSED").getCell(3).setCellValue("Có");
            row(sheet, "GE_CONTENT_GENERAL_EDUCATION").getCell(3).setCellValue("Có");
            row(sheet, "GE_CONTENT_TEACHER_TRAINING").getCell(3).setCellValue("Không");
            wb.write(out);
        }

        FilledForm form = reader.read(filled);

        assertThat(form.formId().text()).isEqualTo("05/BĐG-TK");
        assertThat(form.values()).extracting(FormValue::element, FormValue::amount).containsExactlyInAnyOrder(
                tuple("GE_CURRICULA_ASSESSED", BigDecimal.ONE), tuple("GE_CONTENT_GENERAL_EDUCATION", BigDecimal.ONE),
                tuple("GE_CONTENT_TEACHER_TRAINING", BigDecimal.ZERO));
        assertThat(form.findings()).isEmpty();
    }

    @Test
    void anEnglishTemplateReadsLikeAVietnameseOne() throws Exception {
        AdminUnit dinhPhong = TEMPLATES.unit("01489", YEAR);
        Path file = dir.resolve("en.xlsx");
        FormWriter.write(TEMPLATES.filled(dinhPhong, Period.firstHalf(2024),
                java.util.Map.of("LIVE_BIRTHS.M", BigDecimal.valueOf(9), "GE_BUDGET_SPENT.T", new BigDecimal("12.5")),
                "en"), file);

        FilledForm form = reader.read(file);

        assertThat(form.unitCode().text()).isEqualTo("01489");
        assertThat(Period.fromFormText(form.period().text())).contains(Period.firstHalf(2024));
        assertThat(form.values()).extracting(FormValue::element, FormValue::disagg, FormValue::amount)
                .containsExactlyInAnyOrder(tuple("LIVE_BIRTHS", "M", new BigDecimal("9")),
                        tuple("GE_BUDGET_SPENT", "T", new BigDecimal("12.5")));
    }

    @Test
    void theStampNamesTheLayoutAndAnOlderVersionIsFlaggedNotRefused() throws Exception {
        FormContent current = TEMPLATES.blank(TEMPLATES.unit("047", YEAR), YEAR, "vi");
        Path file = dir.resolve("old.xlsx");
        FormWriter.write(new FormContent(current.formId(), "2024.1", current.title(), current.unitCode(),
                current.unitName(), current.receivingUnit(), current.period(), current.deadline(), current.rows(),
                current.figures(), "vi"), file);

        FilledForm form = reader.read(file);

        assertThat(form.formVersion().text()).isEqualTo("2024.1");
        assertThat(form.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("form.other-version");
            assertThat(f.isError()).isFalse();
            assertThat(f.messageEn()).contains("Form 02/BĐG-H version 2024.1 is not the current version");
        });
    }

    @Test
    void aStampNamingAFormTheCatalogueDoesNotKnowIsFlagged() throws Exception {
        FormContent current = TEMPLATES.blank(TEMPLATES.unit("01489", YEAR), YEAR, "vi");
        Path file = dir.resolve("other.xlsx");
        FormWriter.write(new FormContent("99/KHAC", "1", current.title(), current.unitCode(), current.unitName(),
                current.receivingUnit(), current.period(), current.deadline(), current.rows(),
                java.util.Map.of("LIVE_BIRTHS.F", BigDecimal.TEN), "vi"), file);

        FilledForm form = reader.read(file);

        assertThat(form.formId().text()).isEqualTo("99/KHAC");
        assertThat(form.values()).hasSize(1);
        assertThat(form.findings()).extracting(f -> f.rule()).containsExactly("form.unknown");
    }

    @Test
    void aProvinceReportsToTheMinistryInChargeOfGenderEqualityInItsPeriod() {
        AdminUnit caoBang = TEMPLATES.unit("04", YEAR);

        assertThat(TEMPLATES.blank(caoBang, YEAR, "vi").receivingUnit()).isEqualTo("Bộ Lao động - Thương binh và Xã hội");
        AdminUnit caoBang2025 = TEMPLATES.unit("04", Period.annual(2025));
        assertThat(TEMPLATES.blank(caoBang2025, Period.annual(2025), "vi").receivingUnit()).isEqualTo("Bộ Nội vụ");
    }

    static Row row(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
