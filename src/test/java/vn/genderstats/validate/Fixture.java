package vn.genderstats.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.form.FormContent;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.FormWriter;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Forms;

/** A real .xlsx form for one validation scenario, written with the product's FormWriter and read back by POI. */
final class Fixture {

    static final Catalog CATALOG = Forms.CATALOG;
    static final Hierarchy HIERARCHY = HierarchyFiles.load(Path.of("jobs/hierarchy"));
    static final ValidationRules RULES = RulesLoader.load(Path.of("jobs/rules.yaml"), CATALOG);
    /** "Today" for the tests: 23 November 2026, Viet Nam time. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Null: the catalogue's form for the unit's tier and kind, in its current version. */
    private String formId;
    private String formVersion;
    private final String unitCode;
    private String unitName;
    private final String tier;
    private String kind = "territory";
    private Period period = Period.annual(2024);
    private final Map<String, BigDecimal> figures = new LinkedHashMap<>();
    private final Map<String, String> retyped = new LinkedHashMap<>();

    private Fixture(String unitCode, String unitName, String tier) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.tier = tier;
    }

    /** A commune of Trùng Khánh (Cao Bằng) with its two bodies, the figures every form must carry. */
    static Fixture commune() {
        return new Fixture("01489", "Xã Đình Phong", "commune").with("GOV_BODIES", 2).with("GOV_BODIES_FEMALE_KEY_LEADER", 1);
    }

    static Fixture unit(String code, String name, String tier) {
        return new Fixture(code, name, tier);
    }

    Fixture kind(String kind) {
        this.kind = kind;
        return this;
    }

    Fixture name(String name) {
        this.unitName = name;
        return this;
    }

    Fixture form(String id, String version) {
        this.formId = id;
        this.formVersion = version;
        return this;
    }

    Fixture period(Period p) {
        this.period = p;
        return this;
    }

    /** A figure keyed as on the form: "LIVE_BIRTHS.M", or "GOV_BODIES" for the total. */
    Fixture with(String key, double value) {
        figures.put(key.contains(".") ? key : key + ".T", BigDecimal.valueOf(value));
        return this;
    }

    Fixture without(String key) {
        figures.remove(key.contains(".") ? key : key + ".T");
        return this;
    }

    Fixture births(int boys, int girls) {
        return with("LIVE_BIRTHS.M", boys).with("LIVE_BIRTHS.F", girls).with("LIVE_BIRTHS.T", boys + girls);
    }

    /** After writing, replace a header cell's text as a clerk retyping it would. */
    Fixture retype(String text, String replacement) {
        retyped.put(text, replacement);
        return this;
    }

    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        var catalogued = CATALOG.form(tier, kind).orElseThrow();
        FormWriter.write(new FormContent(formId == null ? catalogued.id() : formId,
                formVersion == null ? catalogued.version() : formVersion, unitCode, unitName, "Ủy ban nhân dân cấp trên", period,
                null, CATALOG.reportedBy(tier, kind), figures), file);
        if (!retyped.isEmpty()) {
            retypeCells(file);
        }
        return file;
    }

    /** Writes the form into {@code dir} and judges it as ingest would. */
    Outcome check(Path dir) throws IOException {
        Path file = writeTo(dir.resolve("form-" + System.nanoTime() + ".xlsx"));
        return new DryRun(new FormReader(CATALOG), sdmxReader(), new SubmissionValidator(CATALOG, HIERARCHY, CLOCK, RULES))
                .check(file).getFirst().outcome();
    }

    private void retypeCells(Path file) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        for (Row row : wb.getSheetAt(0)) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && retyped.containsKey(cell.getStringCellValue())) {
                    cell.setCellValue(retyped.get(cell.getStringCellValue()));
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    static vn.genderstats.form.SdmxCsvReader sdmxReader() {
        return new vn.genderstats.form.SdmxCsvReader(CATALOG, HIERARCHY);
    }
}
