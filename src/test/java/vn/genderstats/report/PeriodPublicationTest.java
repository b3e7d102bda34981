package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.statistics.SexRatioInterval;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.Pdfs;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * Everything the nightly job publishes for a period, read back together from the PDFs, as a reader who collects
 * them all would. Five communes of Huyện Trùng Khánh report GBV victims; two of them have 1 and 2 (small cells),
 * and the men's column is the one the issue saw given away: the district printed 4 and the other communes 0, 0, 3, 0.
 * Thị trấn Trà Lĩnh also has 12 births, 9 of them boys: the sex ratio's interval for small counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodPublicationTest extends ProvinceTest {

    private static final String VERSION = "2021-02-01";
    private static final List<String> KEYS = List.of("T", "M", "F", "CHILD_T", "CHILD_M", "CHILD_F");
    private static final String GBV = "GBV_VICTIMS";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Hierarchy hierarchy;

    Path out;

    @BeforeAll
    void nightlyOverFiveCommunes() throws IOException {
        TestDatabase.clean(jdbc);
        Path work = Files.createTempDirectory("period-publication");
        Path inbox = work.resolve("inbox");
        out = work.resolve("reports");
        victims(Forms.commune("01447", "Thị trấn Trà Lĩnh").births(9, 3), 1, 1, 0)
                .writeTo(inbox.resolve("01447-thi-tran-tra-linh/bdg-2024.xlsx"));
        victims(Forms.commune("01453", "Xã Tri Phương").births(40, 35), 2, 0, 2)
                .writeTo(inbox.resolve("01453-xa-tri-phuong/bdg-2024.xlsx"));
        victims(Forms.commune("01456", "Xã Quang Hán").births(52, 50), 6, 0, 6)
                .writeTo(inbox.resolve("01456-xa-quang-han/bdg-2024.xlsx"));
        victims(Forms.commune("01462", "Xã Xuân Nội").births(30, 28), 8, 3, 5)
                .writeTo(inbox.resolve("01462-xa-xuan-noi/bdg-2024.xlsx"));
        victims(Forms.commune("01465", "Xã Quang Trung").births(25, 22), 5, 0, 5)
                .writeTo(inbox.resolve("01465-xa-quang-trung/bdg-2024.xlsx"));
        Cli.Run run = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Forms victims(Forms form, int total, int men, int women) {
        return form.bodies(2, 1).with(GBV + ".T", total).with(GBV + ".M", men).with(GBV + ".F", women)
                .with(GBV + ".CHILD_T", 0).with(GBV + ".CHILD_M", 0).with(GBV + ".CHILD_F", 0);
    }

    /** A count as some report prints it: a number, or null for "x". */
    private record Printed(String unit, String key, Long value, Path pdf) {
    }

    @Test
    void noCombinationOfThePeriodsPublishedReportsGivesAHiddenCellBack() throws IOException {
        List<Printed> printed = new ArrayList<>();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out.resolve("2024"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains(".internal")).sorted().toList();
        }
        // Five communes, the district and the province, in Vietnamese and English; and the official reports of the
        // district and the province, which print figures and carry the statistical report as their annex.
        assertThat(pdfs).hasSize(2 * 7 + 2);
        for (Path pdf : pdfs) {
            printed.addAll(read(pdf));
        }
        Map<String, Long> known = new HashMap<>();
        Set<String> cells = new LinkedHashSet<>();
        for (Printed p : printed) {
            cells.add(p.unit() + "." + p.key());
            if (p.value() != null) {
                Long before = known.put(p.unit() + "." + p.key(), p.value());
                assertThat(before == null || before.equals(p.value())).as("%s printed alike everywhere", p).isTrue();
            }
        }
        List<String> unknowns = cells.stream().filter(c -> !known.containsKey(c)).toList();
        assertThat(unknowns).as("the small counts are hidden in every report")
                .contains("01447.T", "01447.M", "01453.T", "01453.F");
        assertThat(known).as("the district's and the province's totals stay published")
                .containsEntry("047.T", 22L).containsEntry("04.T", 22L);

        // Every relation a reader can use: total = men + women (children alike), a unit = the sum of those below.
        List<int[]> relations = new ArrayList<>(); // as cell indexes: total, then parts
        List<String> all = List.copyOf(cells);
        Set<String> units = new LinkedHashSet<>();
        all.forEach(c -> units.add(c.substring(0, c.indexOf('.'))));
        for (String unit : units) {
            relation(relations, all, unit + ".T", unit + ".M", unit + ".F");
            relation(relations, all, unit + ".CHILD_T", unit + ".CHILD_M", unit + ".CHILD_F");
            List<String> children = hierarchy.children(hierarchy.unit(VERSION, unit).orElseThrow()).stream()
                    .map(AdminUnit::code).filter(units::contains).toList();
            if (!children.isEmpty()) {
                for (String key : KEYS) {
                    relation(relations, all, Stream.concat(Stream.of(unit + "." + key),
                            children.stream().map(c -> c + "." + key)).toArray(String[]::new));
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int[] r : relations) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            for (int i = 0; i < r.length; i++) {
                int u = unknowns.indexOf(all.get(r[i]));
                if (u >= 0) {
                    row[u] += i == 0 ? 1 : -1;
                    any = true;
                }
            }
            if (any) {
                equations.add(row);
            }
        }
        assertThat(LinearAlgebra.determined(equations, unknowns.size()).stream().map(unknowns::get).toList())
                .as("hidden cells given back by the published reports").isEmpty();
    }

    private static void relation(List<int[]> relations, List<String> all, String... cells) {
        int[] r = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = all.indexOf(cells[i]);
            if (r[i] < 0) {
                return; // a cell no report prints: the relation tells a reader nothing it can use
            }
        }
        relations.add(r);
    }

    /** The GBV victims a report prints: its own six counts, and the total of each unit below. */
    private List<Printed> read(Path pdf) throws IOException {
        String text = Pdfs.read(pdf).text();
        String self = pdf.getFileName().toString().replaceFirst("-.*", "");
        boolean english = pdf.toString().endsWith(".en.pdf");
        List<Printed> cells = new ArrayList<>();
        String unitWord = english ? "persons" : "người";
        Matcher own = Pattern.compile("(?m)^" + unitWord + "((?: (?:x|\\d+)){6})$").matcher(text);
        assertThat(own.find()).as("%s prints its own GBV victims:%n%s", pdf, text).isTrue();
        String[] values = own.group(1).trim().split(" ");
        for (int i = 0; i < KEYS.size(); i++) {
            cells.add(new Printed(self, KEYS.get(i), value(values[i]), pdf));
        }
        for (AdminUnit child : hierarchy.children(hierarchy.unit(VERSION, self).orElseThrow())) {
            Matcher row = Pattern.compile("(?m)^" + Pattern.quote(child.name()) + " (x|\\d+)$").matcher(text);
            if (row.find()) {
                cells.add(new Printed(child.code(), "T", value(row.group(1)), pdf));
            }
        }
        return cells;
    }

    private static Long value(String text) {
        return "x".equals(text) ? null : Long.parseLong(text.replace(".", ""));
    }

    @Test
    void aCommuneWithTwelveBirthsPrintsTheWilsonBandThatContainsOneHundred() throws IOException {
        SexRatioInterval band = SexRatioInterval.of(9, 3, 0.95);
        String text = Pdfs.read(out.resolve("2024/01447-thi-tran-tra-linh.pdf")).text();

        assertThat(text).doesNotContain("19.900,0").contains("87,9–1.024,3");
        // Independently (Python, z = 1.959964): Wilson's bounds for 9 of 12 are 0.467695 and 0.911058, so the
        // ratios 100·p/(1−p) are 87.862 and 1,024.33.
        assertThat(band.low()).isCloseTo(87.862, within(0.001));
        assertThat(band.high()).isCloseTo(1024.33, within(0.01));
        assertThat(band.low()).as("too few births to say the ratio is not 100").isLessThan(100);
        assertThat(text).contains("Wilson");
    }
}
