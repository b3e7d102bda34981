package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.form.WorkbookFiles;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.testing.Forms;
import vn.genderstats.validate.RulesLoader;
import vn.genderstats.validate.SubmissionValidator;

/**
 * The feedback a commune gets for a form with more girls born than births in all: written from the real
 * template, read and judged as ingest does, read back with POI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackWorkbookTest {

    private static final int TOTAL = 60;
    private static final int BOYS = 30;
    private static final int GIRLS = 70;

    XSSFWorkbook feedback;
    List<Finding> findings;
    String birthsName;

    @BeforeAll
    void feedbackOnAFormWithGirlsAboveTheTotal() throws Exception {
        Path dir = Files.createTempDirectory("feedback");
        Path form = Forms.commune("01525", "Xã Đoài Dương").with("LIVE_BIRTHS.T", TOTAL).with("LIVE_BIRTHS.M", BOYS)
                .with("LIVE_BIRTHS.F", GIRLS).bodies(2, 1).writeTo(dir.resolve("bdg-2024.xlsx"));
        List<SheetGrid> sheets = WorkbookFiles.read(form);
        var validator = new SubmissionValidator(Forms.CATALOG, HierarchyFiles.load(Path.of("jobs/hierarchy")),
                Clock.systemUTC(), RulesLoader.load(Path.of("jobs/rules.yaml"), Forms.CATALOG));
        findings = validator.validate(new FormReader(Forms.CATALOG).read(sheets)).findings();
        SheetGrid formSheet = sheets.stream().filter(s -> s.name().equals("Biểu mẫu")).findFirst().orElseThrow();
        Path target = dir.resolve("bdg-2024.feedback.xlsx");
        FeedbackWorkbook.write(target, new FeedbackWorkbook.About("01525-xa-doai-duong/bdg-2024.xlsx", "sha",
                "Nhận một phần", "Partly accepted"), formSheet, findings);
        // Kept for a look through LibreOffice.
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        Files.copy(target, samples.resolve(target.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (InputStream in = Files.newInputStream(target)) {
            feedback = new XSSFWorkbook(in);
        }
        birthsName = Forms.CATALOG.element("LIVE_BIRTHS").orElseThrow().name().in("vi");
    }

    private XSSFRow rowNamed(XSSFSheet sheet, String name) {
        for (var row : sheet) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue().strip())) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void theFemaleCellAboveTheTotalIsTheOneMarkedRedWithItsComment() {
        XSSFSheet copy = feedback.getSheet("Biểu mẫu");
        XSSFRow births = rowNamed(copy, birthsName);
        XSSFCell female = null;
        for (var cell : births) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && cell.getNumericCellValue() == GIRLS) {
                female = (XSSFCell) cell;
            }
        }
        assertThat(female).isNotNull();
        assertThat(female.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
        assertThat(female.getCellComment().getString().getString()).startsWith(birthsName)
                .contains(Integer.toString(GIRLS), Integer.toString(TOTAL));
        Finding sum = findings.stream().filter(f -> f.rule().equals("consistency.sex-sum")).findFirst().orElseThrow();
        assertThat(sum.cell()).isEqualTo(female.getReference());
    }

    @Test
    void theCopyPrintsRuledWithNumbersAlignedRight() {
        XSSFSheet copy = feedback.getSheet("Biểu mẫu");
        XSSFCell bodies = null;
        for (var cell : rowNamed(copy, Forms.CATALOG.element("GOV_BODIES").orElseThrow().name().in("vi"))) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                bodies = (XSSFCell) cell;
            }
        }
        assertThat(bodies).isNotNull();
        assertThat(bodies.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
        assertThat(bodies.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(bodies.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        assertThat(rowNamed(copy, birthsName).getCell(0).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
        assertThat(copy.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void theListOfProblemsNamesTheItemAsTheFormDoes() {
        XSSFSheet problems = feedback.getSheet(FeedbackWorkbook.PROBLEMS_SHEET);
        XSSFRow header = problems.getRow(4);
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Chỉ tiêu / Item");
        boolean listed = false;
        for (var row : problems) {
            if (row.getRowNum() > 4 && row.getCell(5).getStringCellValue().equals("consistency.sex-sum")) {
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(birthsName);
                assertThat(row.getCell(2).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
                listed = true;
            }
        }
        assertThat(listed).isTrue();
    }
}
