package vn.genderstats.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * What Huyện Trùng Khánh sends up for 2024 before it is approved: two communes reported, one sent a form the
 * ingest refused (no unit code), the others nothing. Read back with POI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportContentsTest extends ProvinceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Hierarchy hierarchy;

    Cli.Run export;
    Path file;

    @BeforeAll
    void exportAfterANightWithAReportedARefusedAndMissingCommunes() throws Exception {
        TestDatabase.clean(jdbc);
        Path work = Files.createTempDirectory("export-contents");
        Path inbox = work.resolve("inbox");
        Forms.commune("01447", "Thị trấn Trà Lĩnh").births(300, 280).bodies(2, 1)
                .writeTo(inbox.resolve("01447-thi-tran-tra-linh/bdg-2024.xlsx"));
        Forms.commune("01453", "Xã Tri Phương").births(40, 35).bodies(2, 2)
                .writeTo(inbox.resolve("01453-xa-tri-phuong/bdg-2024.xlsx"));
        Forms.commune("", "Xã Quang Hán").births(52, 50).writeTo(inbox.resolve("01456-xa-quang-han/bdg-2024.xlsx"));
        Cli.Run nightly = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", work.resolve("r").toString());
        assertThat(nightly.exitCode()).as(nightly.out() + nightly.err()).isEqualTo(3);
        file = work.resolve("047-2024.xlsx");
        export = Cli.inProvinces("export", "--unit", "047", "--period", "2024", "--format", "xlsx", "--out",
                file.toString());
    }

    private static List<String> texts(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    @Test
    void aNotApprovedExportSaysDraftInsideTheFile() throws Exception {
        assertThat(export.exitCode()).as(export.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(texts(wb.getSheetAt(0))).contains(XlsxExport.DRAFT);
            assertThat(wb.getSheetAt(0).getHeader().getCenter()).contains("BẢN NHÁP");
            assertThat(wb.getProperties().getCustomProperties().getProperty("genderstats.status").getLpwstr())
                    .isEqualTo("draft");
        }
    }

    @Test
    void itNamesTheProvincesCommitteeAsTheReceiver() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(texts(wb.getSheetAt(0))).contains("Đơn vị nhận báo cáo: Ủy ban nhân dân tỉnh Cao Bằng");
        }
    }

    @Test
    void everyCommuneIsListedAsReportedRefusedOrMissing() throws Exception {
        AdminUnit district = hierarchy.unit("2021-02-01", "047").orElseThrow();
        List<String> communes = hierarchy.children(district).stream().map(AdminUnit::code).toList();
        Map<String, String> reporting = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Row row : wb.getSheet(XlsxExport.CHILDREN_SHEET)) {
                if (row.getRowNum() > 0) {
                    reporting.put(row.getCell(0).getStringCellValue(), row.getCell(2).getStringCellValue());
                }
            }
        }
        assertThat(reporting.keySet()).containsExactlyInAnyOrderElementsOf(communes);
        assertThat(reporting.get("01447")).startsWith("đã báo cáo / reported");
        assertThat(reporting.get("01453")).startsWith("đã báo cáo / reported");
        assertThat(reporting.get("01456")).startsWith("tệp bị từ chối / file refused: bdg-2024.xlsx");
        assertThat(reporting.get("01462")).startsWith("chưa báo cáo / missing");
    }
}
