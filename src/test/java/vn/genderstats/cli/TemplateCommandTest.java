package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.form.FormStamp;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;

/** The template command writes real .xlsx forms; they are opened here with POI as Excel would show them. */
class TemplateCommandTest {

    @TempDir
    Path dir;

    static XSSFWorkbook open(Path file) throws Exception {
        return (XSSFWorkbook) WorkbookFactory.create(file.toFile(), null, true);
    }

    /** Every text on the form sheet, row by row, as the clerk sees it. */
    static List<String> texts(XSSFSheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String t = f.formatCellValue(cell);
                if (!t.isBlank()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The codes in column B below the table header: exactly the rows the form asks for. */
    static List<String> codes(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && row.getRowNum() > 6 && c.getStringCellValue().matches("[A-Z][A-Z0-9_.]+")) {
                out.add(c.getStringCellValue());
            }
        }
        return out;
    }

    static List<String> expectedCodes(String tier, String kind) {
        return Forms.CATALOG.reportedBy(tier, kind).stream()
                .flatMap(e -> e.disaggregation() == Disaggregation.SEX_AGE ? Stream.of(e.code(), e.code() + ".CHILD")
                        : Stream.of(e.code()))
                .toList();
    }

    @Test
    void aCommuneTemplateLooksLikeAStatisticalFormPreFilledForTheUnit() throws Exception {
        Path file = dir.resolve("dinh-phong.xlsx");

        Cli.Run run = Cli.run("template", "--unit", "01489", "--period", "2024", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("01/BĐG-X", "01489 Xã Đình Phong");
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Biểu mẫu");
            assertThat(wb.getSheetName(1)).isEqualTo("Hướng dẫn");
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(texts(sheet)).contains("Biểu số: 01/BĐG-X", "BÁO CÁO THỐNG KÊ VỀ BÌNH ĐẲNG GIỚI CẤP XÃ",
                    "Kỳ báo cáo: Năm 2024", "Đơn vị báo cáo: Xã Đình Phong", "Mã đơn vị:", "01489",
                    "Đơn vị nhận báo cáo: Ủy ban nhân dân huyện Trùng Khánh",
                    // Trùng Khánh's communes report the annual figures by 15 December (calendar override)
                    "Hạn gửi báo cáo: 15/12/2024",
                    "Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số", "Nam", "Nữ", "Ghi chú", "A", "B", "C", "1", "2", "3",
                    "cơ quan", "vụ", "triệu đồng", "Trong đó: trẻ em (dưới 16 tuổi)",
                    "…………, ngày …… tháng …… năm ………", "Người lập biểu", "Thủ trưởng đơn vị");
            assertThat(codes(sheet)).containsExactlyElementsOf(expectedCodes("commune", "territory"));
            assertThat(texts(wb.getSheetAt(1))).anyMatch(t -> t.startsWith("HƯỚNG DẪN"))
                    .anyMatch(t -> t.contains("Type only into the white cells"));
        }
        assertThat(FormStamp.read(file)).contains(new FormStamp("01/BĐG-X",
                Forms.CATALOG.form("commune", "territory").orElseThrow().version()));
    }

    @Test
    void onlyTheInputCellsAreUnlockedAndEachCarriesTheValidationOfItsValueType() throws Exception {
        Path file = dir.resolve("t.xlsx");
        Cli.run("template", "--unit", "01489", "--period", "2024S1", "--out", file.toString());

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            Row births = rowOf(sheet, "LIVE_BIRTHS");
            Row budget = rowOf(sheet, "GE_BUDGET_SPENT");
            for (int col = 3; col <= 6; col++) {
                assertThat(births.getCell(col).getCellStyle().getLocked()).as("LIVE_BIRTHS column %d", col).isFalse();
            }
            assertThat(births.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(births.getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(rowOf(sheet, "GOV_BODIES").getCell(4).getCellStyle().getLocked())
                    .as("no male figure for a count of bodies").isTrue();
            assertThat(sheet.getRow(1).getCell(6).getCellStyle().getLocked()).as("the unit code").isTrue();

            assertThat(validationAt(sheet, births.getRowNum(), 4)).satisfies(v -> {
                assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
                assertThat(v.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
                assertThat(v.getShowErrorBox()).isTrue();
            });
            assertThat(validationAt(sheet, budget.getRowNum(), 3).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DECIMAL);
            assertThat(texts(sheet)).contains("Kỳ báo cáo: 6 tháng đầu năm 2024", "Hạn gửi báo cáo: 15/06/2024");
        }
    }

    @Test
    void theNationalInputFormOffersCoKhongForYesNoItems() throws Exception {
        Path file = dir.resolve("national.xlsx");

        Cli.Run run = Cli.run("template", "--unit", "04", "--national", "--period", "2024", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(codes(sheet)).containsExactlyElementsOf(expectedCodes("province", "national"));
            DataValidation yesNo = validationAt(sheet, rowOf(sheet, "GE_CONTENT_GENERAL_EDUCATION").getRowNum(), 3);
            assertThat(yesNo.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("Có", "Không");
        }
    }

    @Test
    void englishLabelsOnRequest() throws Exception {
        Path file = dir.resolve("en.xlsx");

        Cli.run("template", "--unit", "70-SXD", "--period", "2024", "--lang", "en", "--out", file.toString());

        try (XSSFWorkbook wb = open(file)) {
            assertThat(texts(wb.getSheetAt(0))).contains("Form no.: 04/BĐG-S", "Reporting period: Year 2024",
                    "Reporting unit: Sở Xây dựng tỉnh Bình Phước", "Unit code:", "70-SXD",
                    "Receiving unit: People's Committee of Tỉnh Bình Phước", "Deadline: 30/11/2024", "Item", "Code",
                    "Total", "Male", "Female", "Prepared by", "Head of unit");
            assertThat(codes(wb.getSheetAt(0))).containsExactlyElementsOf(expectedCodes("province", "department"));
        }
    }

    @Test
    void aWholeTierOfOneProvinceAtOnce() throws Exception {
        Path folder = dir.resolve("districts");

        Cli.Run run = Cli.run("template", "--tier", "district", "--province", "04", "--period", "2024",
                "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(10).contains("047-huyen-trung-khanh-2024.xlsx").allMatch(n -> n.startsWith("0"));
        }
    }

    @Test
    void anUnknownUnitIsABadUsage() {
        Cli.Run run = Cli.run("template", "--unit", "99999", "--period", "2024", "--out", dir.resolve("x.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no unit 99999 in the list of 2021-02-01");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    static Row rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && code.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    static DataValidation validationAt(XSSFSheet sheet, int row, int col) {
        return sheet.getDataValidations().stream()
                .filter(v -> Stream.of(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(row, col)))
                .findFirst().orElseThrow(() -> new AssertionError("no validation at row " + row + " col " + col));
    }

}
