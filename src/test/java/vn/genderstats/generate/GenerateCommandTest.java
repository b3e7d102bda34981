package vn.genderstats.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.CatalogLoader;
import vn.genderstats.form.FilledForm;
import vn.genderstats.form.FormReader;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.WorkbookFiles;
import vn.genderstats.testing.Cli;

/** {@code generate}: every reporting unit gets a readable, plausible form; the same seed writes the same figures. */
class GenerateCommandTest {

    static final Catalog CATALOG = CatalogLoader.load(Path.of("jobs/catalog.yaml"));
    static final int DEPARTMENT_PROVINCE = 3;   // column parent_code of jobs/hierarchy/departments.csv

    /** Cao Bằng's forms for 2024, written once for the tests that read them. */
    @TempDir
    static Path caoBang;

    static Cli.Run caoBangRun;

    @TempDir
    Path work;

    @BeforeAll
    static void generateCaoBang() {
        caoBangRun = Cli.run("generate", "--periods", "2024", "--province", "04", "--out", caoBang.toString());
    }

    @Test
    void writesAReadableFormForEveryReportingUnitOfTheProvince() throws Exception {
        assertThat(caoBangRun.exitCode()).isZero();
        List<CsvRecord> manifest = manifest(caoBang);
        assertThat(manifest).extracting(l -> l.getField(1)).containsExactlyInAnyOrderElementsOf(caoBangReportingUnits());
        for (CsvRecord line : manifest) {
            FilledForm form = read(caoBang.resolve(line.getField(0)));
            assertThat(form.unitCode().text()).isEqualTo(line.getField(1));
            assertThat(form.values()).isNotEmpty();
        }
    }

    @Test
    void theSameSeedWritesTheSameFiguresAndAnotherSeedOthers() throws Exception {
        Path a = work.resolve("a");
        Path b = work.resolve("b");
        Path c = work.resolve("c");
        Cli.run("generate", "--periods", "2024S1", "--within", "047", "--seed", "7", "--out", a.toString());
        Cli.run("generate", "--periods", "2024S1", "--within", "047", "--seed", "7", "--out", b.toString());
        Cli.run("generate", "--periods", "2024S1", "--within", "047", "--seed", "8", "--out", c.toString());

        assertThat(figures(a)).isEqualTo(figures(b)).isNotEqualTo(figures(c));
    }

    @Test
    void theProvincesSexRatioAtBirthIsPlausibleWhileSmallCommunesScatter() throws Exception {
        BigDecimal boys = BigDecimal.ZERO;
        BigDecimal girls = BigDecimal.ZERO;
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> file : figures(caoBang).entrySet()) {
            BigDecimal m = file.getValue().get("LIVE_BIRTHS.M");
            BigDecimal f = file.getValue().get("LIVE_BIRTHS.F");
            if (m == null || f == null || !file.getKey().matches("\\d{5}-.*") || f.signum() == 0) {
                continue;   // communes only: their births are the province's births
            }
            boys = boys.add(m);
            girls = girls.add(f);
            lowest = Math.min(lowest, m.doubleValue() / f.doubleValue() * 100);
            highest = Math.max(highest, m.doubleValue() / f.doubleValue() * 100);
        }
        double provinceRatio = boys.doubleValue() / girls.doubleValue() * 100;
        assertThat(provinceRatio).isBetween(100.0, 125.0);
        assertThat(highest - lowest).as("small communes scatter by chance").isGreaterThan(20);
    }

    @Test
    void plantsTheMistakesItListsInTheManifest() throws Exception {
        Cli.run("generate", "--periods", "2023..2024", "--within", "047", "--flawed", "0.3", "--out", work.toString());

        List<CsvRecord> flawed = manifest(work).stream().filter(l -> !l.getField(4).isEmpty()).toList();
        assertThat(flawed).hasSizeBetween(15, 45);
        assertThat(flawed).extracting(l -> l.getField(4)).containsAll(java.util.Arrays.stream(Flaw.values()).map(Enum::name).toList());
        for (CsvRecord line : flawed) {
            Path file = work.resolve(line.getField(0));
            FilledForm form = Flaw.valueOf(line.getField(4)) == Flaw.NOT_EXCEL ? null : read(file);
            switch (Flaw.valueOf(line.getField(4))) {
                case NOT_EXCEL -> assertThat(Files.readString(file)).doesNotStartWith("PK");
                case MISSING_UNIT_CODE -> assertThat(form.unitCode().text()).isBlank();
                case NEIGHBOURS_FORM -> assertThat(form.unitCode().text()).isNotEqualTo(line.getField(1));
                case NEGATIVE_VALUE -> assertThat(form.values()).anyMatch(v -> v.element().equals("GOV_BODIES")
                        && v.amount().signum() < 0);
                case FEMALE_ABOVE_TOTAL -> assertThat(form.values()).anyMatch(v -> v.element().equals("LIVE_BIRTHS")
                        && v.disagg().equals("F") && v.amount().compareTo(total(form, "LIVE_BIRTHS")) > 0);
            }
        }
    }

    /** Cao Bằng (04) in the 2021 list, read straight from the GSO file: the province, its districts and communes, and its departments. */
    private static List<String> caoBangReportingUnits() throws IOException {
        List<String[]> units = Files.readAllLines(Path.of("jobs/hierarchy/units-2021-02-01.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
        List<String> districts = units.stream().filter(u -> u[4].equals("04")).map(u -> u[0]).toList();
        Stream<String> territory = units.stream().filter(u -> u[0].equals("04") || u[4].equals("04")
                || districts.contains(u[4])).map(u -> u[0]);
        Stream<String> departments = Files.readAllLines(Path.of("jobs/hierarchy/departments.csv")).stream().skip(1)
                .map(l -> l.split(",", -1)).filter(d -> d[DEPARTMENT_PROVINCE].equals("04")).map(d -> d[0]);
        return Stream.concat(territory, departments).toList();
    }

    private static FilledForm read(Path file) throws Exception {
        return new FormReader(CATALOG).read(WorkbookFiles.read(file));
    }

    private static BigDecimal total(FilledForm form, String element) {
        return form.values().stream().filter(v -> v.element().equals(element) && v.disagg().equals("T"))
                .map(FormValue::amount).findFirst().orElseThrow();
    }

    private static List<CsvRecord> manifest(Path folder) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(folder.resolve(FormGenerator.MANIFEST))) {
            return csv.stream().skip(1).toList();
        }
    }

    /** Every file's figures by "ELEMENT.DISAGG", keyed by the file's path in the folder. */
    private static Map<String, Map<String, BigDecimal>> figures(Path folder) throws Exception {
        Map<String, Map<String, BigDecimal>> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                Map<String, BigDecimal> values = new TreeMap<>();
                read(file).values().forEach(v -> values.put(v.element() + "." + v.disagg(), v.amount()));
                all.put(folder.relativize(file).toString(), values);
            }
        }
        return all;
    }
}
