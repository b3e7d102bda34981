package vn.genderstats.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.GeneratedInbox;
import vn.genderstats.testing.TestDatabase;

/**
 * A district's export, ingested at the province, gives the province the same figures as the district's communes
 * ingested there directly: two database states compared, on generated forms of Trùng Khánh (047) for 2024.
 */
class ExportRoundTripTest extends ProvinceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    Hierarchy hierarchy;
    @Autowired
    ReportingCalendar calendar;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void theProvinceGetsTheSameFiguresFromTheDistrictsXlsxExportAsFromItsCommunes() throws Exception {
        Map<String, BigDecimal> direct = directThenExport("xlsx", work.resolve("047-2024.xlsx"));

        Path export = work.resolve("047-2024.xlsx");
        try (Workbook wb = WorkbookFactory.create(export.toFile(), null, true)) {
            Sheet children = wb.getSheet(XlsxExport.CHILDREN_SHEET);
            assertThat(children).isNotNull();
            java.util.Set<String> listed = new java.util.HashSet<>();
            children.forEach(row -> listed.add(row.getCell(0).getStringCellValue()));
            assertThat(listed).contains("01477", "01489", "01525").hasSize(1 + 21);
        }
        assertThat(atProvinceFrom(export)).isEqualTo(direct);
    }

    @Test
    void theProvinceGetsTheSameFiguresFromTheDistrictsSdmxCsvExportAsFromItsCommunes() throws Exception {
        Map<String, BigDecimal> direct = directThenExport("sdmx-csv", work.resolve("047-2024.csv"));

        assertThat(Files.readAllLines(work.resolve("047-2024.csv")))
                .allMatch(l -> !l.contains("SHARE") && !l.contains("RATIO"), "counts only, never a ratio");
        assertThat(atProvinceFrom(work.resolve("047-2024.csv"))).isEqualTo(direct);
        assertThat(jdbc.queryForObject("select count(*) from submission where unit_code = '047'", Integer.class)).isOne();
    }

    @Test
    void refusesAnSdmxCsvWhoseCodesAreOfAnotherHierarchyVersion() throws Exception {
        directThenExport("sdmx-csv", work.resolve("047-2024.csv"));
        Path moved = work.resolve("other/047/047-2024.csv");
        Files.createDirectories(moved.getParent());
        Files.writeString(moved, Files.readString(work.resolve("047-2024.csv")).replace(",2021-02-01,", ",2025-07-01,"));
        TestDatabase.clean(jdbc);

        Cli.Run run = Cli.inProvinces("nightly", "--inbox", work.resolve("other").toString(), "--out", work.resolve("r3").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select message_en from finding where rule_code = 'sdmx.hierarchy-version'", String.class))
                .contains("list of 2025-07-01").contains("list of 2021-02-01");
    }

    /** Ingests the generated communes and district directly, returns the province's figures, writes the export. */
    private Map<String, BigDecimal> directThenExport(String format, Path export) throws Exception {
        Path inbox = GeneratedInbox.write(catalog, hierarchy, calendar, "047", Period.annual(2024), work.resolve("communes"));
        Cli.Run direct = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", work.resolve("r1").toString());
        assertThat(direct.exitCode()).as(direct.err()).isZero();
        Map<String, BigDecimal> figures = provinceFigures();
        assertThat(figures).containsKey("LIVE_BIRTHS.M").hasSizeGreaterThan(20);

        Cli.Run exported = Cli.inProvinces("export", "--unit", "047", "--period", "2024", "--format", format, "--out", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Draft");
        return figures;
    }

    private Map<String, BigDecimal> atProvinceFrom(Path export) throws Exception {
        TestDatabase.clean(jdbc);
        Path inbox = work.resolve("province-inbox-" + export.getFileName());
        Files.createDirectories(inbox.resolve("047-huyen-trung-khanh"));
        Files.copy(export, inbox.resolve("047-huyen-trung-khanh").resolve(export.getFileName()));
        Cli.Run run = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", work.resolve("r2").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return provinceFigures();
    }

    private Map<String, BigDecimal> provinceFigures() {
        Map<String, BigDecimal> figures = new TreeMap<>();
        jdbc.query("select data_element, disagg, amount from aggregate_value where unit_code = '04' and period = '2024'",
                rs -> {
                    figures.put(rs.getString(1) + "." + rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
                });
        jdbc.query("select indicator_code, numerator, denominator from indicator_result where unit_code = '04' and period = '2024'",
                rs -> {
                    figures.put("indicator " + rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                    figures.put("indicator " + rs.getString(1) + " denominator", rs.getBigDecimal(3).stripTrailingZeros());
                });
        return figures;
    }
}
