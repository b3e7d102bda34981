package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.FormDefinition;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.TestDatabase;

/**
 * The templates are the contract: a template for each kind of reporting unit, written by the template
 * command, reads back through the ingest path as its unit, period and form version; filled in (values typed
 * into its input cells with POI, as Excel would save them) it loads every figure to its data element and cell.
 */
class TemplateIngestTest extends DatabaseTest {

    /** A commune and a district of Trùng Khánh, their province Cao Bằng, and Cao Bằng's home-affairs department. */
    record Unit(String code, String folder, String tier, String kind) {
    }

    static final List<Unit> UNITS = List.of(
            new Unit("01489", "01489-xa-dinh-phong", "commune", "territory"),
            new Unit("047", "047-huyen-trung-khanh", "district", "territory"),
            new Unit("04", "04-tinh-cao-bang", "province", "territory"),
            new Unit("04-SNV", "04-snv-so-noi-vu-tinh-cao-bang", "province", "department"));

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    Path template(Unit unit) {
        Path file = work.resolve("templates").resolve(unit.code() + ".xlsx");
        Cli.Run run = Cli.run("template", "--unit", unit.code(), "--period", "2024", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    Cli.Run ingest(Path inbox) {
        return Cli.run("ingest", "--inbox", inbox.toString(), "--out", work.resolve("reports").toString());
    }

    @Test
    void aBlankTemplateReadsBackAsItsUnitPeriodAndFormVersionWithNoValues() throws Exception {
        Path inbox = work.resolve("blank-inbox");
        for (Unit unit : UNITS) {
            Path template = template(unit);
            FilledForm read = new FormReader(Forms.CATALOG).read(template);
            FormDefinition form = Forms.CATALOG.form(unit.tier(), unit.kind()).orElseThrow();
            assertThat(read.unitCode().text()).isEqualTo(unit.code());
            assertThat(Period.fromFormText(read.period().text())).contains(Period.annual(2024));
            assertThat(read.formId().text()).isEqualTo(form.id());
            assertThat(read.formVersion().text()).isEqualTo(form.version());
            assertThat(read.values()).isEmpty();
            assertThat(read.findings()).isEmpty();
            Files.createDirectories(inbox.resolve(unit.folder()));
            Files.copy(template, inbox.resolve(unit.folder()).resolve("bao-cao-2024.xlsx"));
        }

        Cli.Run run = ingest(inbox);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(jdbc.queryForList("select unit_code, period, form_id, form_version from submission"))
                .extracting(r -> r.get("unit_code"), r -> r.get("period"), r -> r.get("form_id"), r -> r.get("form_version"))
                .containsExactlyInAnyOrder(
                        tuple("04", "2024", "03/BĐG-T", version("province", "territory")),
                        tuple("04-SNV", "2024", "04/BĐG-S", version("province", "department")),
                        tuple("047", "2024", "02/BĐG-H", version("district", "territory")),
                        tuple("01489", "2024", "01/BĐG-X", version("commune", "territory")));
        assertThat(jdbc.queryForObject("select count(*) from observation", Integer.class)).isZero();
    }

    @Test
    void aFilledTemplateLoadsEveryFigureToItsDataElementAndCell() throws Exception {
        Path inbox = work.resolve("filled-inbox");
        Map<String, Map<String, Typed>> typedByUnit = new TreeMap<>();
        for (Unit unit : UNITS) {
            Path filled = inbox.resolve(unit.folder()).resolve("bao-cao-2024.xlsx");
            Files.createDirectories(filled.getParent());
            typedByUnit.put(unit.code(), fill(template(unit), filled));
            assertThat(typedByUnit.get(unit.code()).keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).distinct())
                    .as("every data element of the %s/%s form got a figure", unit.tier(), unit.kind())
                    .containsExactlyInAnyOrderElementsOf(Forms.CATALOG.reportedBy(unit.tier(), unit.kind()).stream()
                            .map(DataElement::code).toList());
        }

        Cli.Run run = ingest(inbox);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        for (Unit unit : UNITS) {
            List<Map<String, Object>> stored = jdbc.queryForList("""
                    select o.data_element, o.disagg, o.amount, o.sheet_name, o.cell_ref from observation o
                    join submission s on s.submission_id = o.submission_id where s.unit_code = ? and s.period = '2024'""",
                    unit.code());
            Map<String, Typed> typed = typedByUnit.get(unit.code());
            assertThat(stored).as("values of %s", unit.code()).hasSize(typed.size());
            for (Map<String, Object> row : stored) {
                Typed expected = typed.get(row.get("data_element") + "." + row.get("disagg"));
                assertThat(expected).as("stored %s", row).isNotNull();
                assertThat(row.get("cell_ref")).as("cell of %s", row).isEqualTo(expected.cell());
                assertThat(row.get("sheet_name")).isEqualTo("Biểu mẫu");
                assertThat((BigDecimal) row.get("amount")).as("amount of %s", row).isEqualByComparingTo(expected.amount());
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from finding", Integer.class)).isZero();
    }

    record Typed(String cell, BigDecimal amount) {
    }

    /**
     * Types a figure into every input cell of the template, as a clerk would, and saves it as {@code filled}:
     * wholes larger than their "of which" parts, totals equal to male plus female, children fewer than all.
     * Returns what was typed, keyed "ELEMENT.DISAGG".
     */
    static Map<String, Typed> fill(Path template, Path filled) throws Exception {
        Map<String, Typed> typed = new TreeMap<>();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Biểu mẫu");
            int n = 0;
            for (Row row : sheet) {
                Cell codeCell = row.getCell(1);
                if (codeCell == null || row.getRowNum() < 7) {
                    continue;
                }
                String code = codeCell.getStringCellValue();
                boolean child = code.endsWith(".CHILD");
                DataElement e = Forms.CATALOG.element(child ? code.substring(0, code.length() - 6) : code).orElse(null);
                if (e == null) {
                    continue;
                }
                n++;
                String prefix = child ? "CHILD_" : "";
                if (e.valueType() == ValueType.AMOUNT) {
                    put(typed, row, 3, e, "T", new BigDecimal(e.partOf().isEmpty() ? "125.5" : "40.25"));
                } else if (e.disaggregation() == Disaggregation.NONE) {
                    put(typed, row, 3, e, "T", BigDecimal.valueOf(e.partOf().isEmpty() ? 20 + n : 1 + n % 3));
                } else {
                    int male = child ? 1 : e.partOf().isEmpty() ? 30 + n : 3;
                    int female = child ? 2 : e.partOf().isEmpty() ? 40 + n : 5;
                    put(typed, row, 3, e, prefix + "T", BigDecimal.valueOf(male + female));
                    put(typed, row, 4, e, prefix + "M", BigDecimal.valueOf(male));
                    put(typed, row, 5, e, prefix + "F", BigDecimal.valueOf(female));
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return typed;
    }

    private static void put(Map<String, Typed> typed, Row row, int col, DataElement e, String disagg, BigDecimal amount) {
        Cell cell = row.getCell(col);
        assertThat(cell.getCellStyle().getLocked()).as("input cell %s of %s is unlocked", col, e.code()).isFalse();
        cell.setCellValue(amount.doubleValue());
        typed.put(e.code() + "." + disagg, new Typed(new CellReference(row.getRowNum(), col).formatAsString(false), amount));
    }

    static String version(String tier, String kind) {
        return Forms.CATALOG.form(tier, kind).orElseThrow().version();
    }

}
