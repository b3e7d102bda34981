package vn.genderstats.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.system.Sha256;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.Pdfs;
import vn.genderstats.testing.SampleInputWriter;
import vn.genderstats.testing.TestDatabase;
import vn.genderstats.testing.Workbooks;

/**
 * The thin slice end to end: the committed sample sheets through nightly, checked in the database and the PDFs. The
 * tests read what one nightly run left (a second run, the last test's, must leave it as it was).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyOnSampleInputTest extends ProvinceTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    static Path work;

    Path inbox;
    Path out;
    Cli.Run first;

    @BeforeAll
    void nightlyOnTheDistrictsForms() throws Exception {
        TestDatabase.clean(jdbc);
        inbox = work.resolve("inbox");
        out = work.resolve("reports");
        SampleInputWriter.write(inbox);
        first = nightly();
    }

    Cli.Run nightly() {
        return Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());
    }

    @Test
    void storesEveryValueWithItsFileChecksumSheetAndCell() throws Exception {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select f.inbox_path, f.sha256, o.sheet_name, o.cell_ref, o.amount
                from observation o join submission s on s.submission_id = o.submission_id
                join received_file f on f.file_id = s.file_id""");
        assertThat(rows).hasSize(43);
        for (Map<String, Object> row : rows) {
            Path file = inbox.resolve((String) row.get("inbox_path"));
            assertThat(Sha256.of(file)).isEqualTo(row.get("sha256"));
            BigDecimal inWorkbook = Workbooks.number(file.toFile(), (String) row.get("sheet_name"), (String) row.get("cell_ref"));
            assertThat(inWorkbook).isEqualByComparingTo((BigDecimal) row.get("amount"));
        }
    }

    @Test
    void recomputesTheDistrictSexRatioAtBirthFromSummedBirthsNotFromTheCommunesRatios() {
        double boys = sum("LIVE_BIRTHS", "M", "047");
        double girls = sum("LIVE_BIRTHS", "F", "047");
        assertThat(boys).isEqualTo(62 + 18 + 21 + 25 + 40);
        assertThat(girls).isEqualTo(55 + 12 + 22 + 20 + 38);
        double districtRatio = indicator("SRB", "047");
        assertThat(districtRatio).isCloseTo(boys / girls * 100, within(1e-6));

        List<Double> communeRatios = jdbc.queryForList("""
                select i.indicator_value from indicator_result i join admin_unit u
                  on u.version_id = i.version_id and u.code = i.unit_code
                where i.indicator_code = 'SRB' and u.parent_code = '047' and i.period = '2024'""", Double.class);
        assertThat(communeRatios).hasSize(5);
        double meanOfRatios = communeRatios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(Math.abs(meanOfRatios - districtRatio)).isGreaterThan(1.0);
    }

    @Test
    void recomputesTheShareOfBodiesWithAFemaleKeyLeaderFromSummedCounts() {
        // Five communes with 2 bodies each (1, 0, 1, 2, 1 led by a woman) and the district's own 2 (both).
        assertThat(indicator("BODIES_FEMALE_KEY_LEADER_SHARE", "047")).isCloseTo(7.0 / 12 * 100, within(1e-6));
        assertThat(indicator("BODIES_FEMALE_KEY_LEADER_SHARE", "04")).isCloseTo(7.0 / 12 * 100, within(1e-6));
        assertThat(indicator("BODIES_FEMALE_KEY_LEADER_SHARE", "01489")).isZero();
    }

    @Test
    void writesAPdfPerUnitWithItsVietnameseNameThePeriodAndAVectorChart() throws IOException {
        Map<String, String> expected = Map.of(
                "01477", "Thị trấn Trùng Khánh", "01489", "Xã Đình Phong", "01501", "Xã Chí Viễn",
                "01525", "Xã Đoài Dương", "01447", "Thị trấn Trà Lĩnh", "047", "Huyện Trùng Khánh",
                "04", "Tỉnh Cao Bằng");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out.resolve("2024"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith(".en.pdf")
                    && !p.toString().endsWith(".official.pdf")).toList();
        }
        assertThat(pdfs).hasSize(expected.size());
        for (var unit : expected.entrySet()) {
            Path pdf = pdfs.stream().filter(p -> p.getFileName().toString().startsWith(unit.getKey() + "-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no PDF for " + unit));
            Pdfs.Read read = Pdfs.read(pdf);
            assertThat(read.text()).contains(unit.getValue()).contains("Năm 2024");
            assertThat(read.vectorCharts()).as("chart drawn as a form XObject in %s", pdf).isPositive();
            assertThat(read.images()).as("no raster image in %s", pdf).isZero();
        }
        assertThat(Pdfs.read(pdfs.stream().filter(p -> p.getFileName().toString().startsWith("047-")).findFirst()
                .orElseThrow()).text()).contains("112,9");
    }

    @Test
    void rejectsTheSheetWithoutAUnitCodeNamingFileAndCellAndLoadsTheOthers() throws IOException {
        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains("rejected / bị từ chối:                  1");
        Map<String, Object> finding = jdbc.queryForMap("""
                select f.inbox_path, d.rule_code, d.sheet_name, d.cell_ref, d.message_vi from finding d
                join received_file f on f.file_id = d.file_id where f.outcome = 'rejected'""");
        assertThat(finding).containsEntry("inbox_path", "01480-xa-ngoc-khe/bao-cao-bdg-2024.xlsx")
                .containsEntry("rule_code", "header.unit-code-missing")
                .containsEntry("sheet_name", "Biểu mẫu")
                .containsEntry("cell_ref", "G2");
        Path kept = out.resolve("quarantine/01480-xa-ngoc-khe/bao-cao-bdg-2024.xlsx");
        assertThat(kept).exists().hasSameBinaryContentAs(inbox.resolve("01480-xa-ngoc-khe/bao-cao-bdg-2024.xlsx"));
        assertThat(kept.resolveSibling("bao-cao-bdg-2024.xlsx.reasons.txt")).content()
                .contains("Biểu mẫu!G2").contains("Thiếu mã đơn vị").contains("unit code is missing");
        assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(6);
    }

    @Test
    @Order(Integer.MAX_VALUE) // the last: the others read what the first run left
    void aSecondNightlyLeavesTheSameRows() {
        Map<String, Long> before = rowCounts();
        Map<String, Object> districtBefore = jdbc.queryForMap(
                "select numerator, denominator from indicator_result where unit_code = '047' and indicator_code = 'SRB'");

        Cli.Run second = nightly();

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("skipped, unchanged / bỏ qua, không đổi:  7");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(jdbc.queryForMap(
                "select numerator, denominator from indicator_result where unit_code = '047' and indicator_code = 'SRB'"))
                .isEqualTo(districtBefore);
    }

    private Map<String, Long> rowCounts() {
        return Stream.of("received_file", "submission", "observation", "finding", "aggregate_value", "indicator_result")
                .collect(java.util.stream.Collectors.toMap(t -> t,
                        t -> jdbc.queryForObject("select count(*) from " + t, Long.class)));
    }

    private double sum(String element, String disagg, String unit) {
        return jdbc.queryForObject("select amount from aggregate_value where data_element = ? and disagg = ? "
                + "and unit_code = ? and period = '2024' and restatement = 'native'", Double.class, element, disagg, unit);
    }

    private double indicator(String code, String unit) {
        return jdbc.queryForObject("select indicator_value from indicator_result where indicator_code = ? "
                + "and unit_code = ? and period = '2024' and restatement = 'native'", Double.class, code, unit);
    }
}
