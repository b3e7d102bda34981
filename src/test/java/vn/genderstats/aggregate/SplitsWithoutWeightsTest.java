package vn.genderstats.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.genderstats.aggregate.Aggregates.IndicatorValue;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;
import vn.genderstats.report.ReportWriter;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Pdfs;
import vn.genderstats.testing.ProvinceOffice;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 15: split communes without weights in split-weights.csv. The gap is listed (a command writing a file to
 * fill in), and a restated total that cannot be built says so in the report instead of going blank.
 */
class SplitsWithoutWeightsTest extends ProvinceTest {

    static final String V2021 = "2021-02-01";
    static final String V2025_07 = "2025-07-01";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RollUp rollUp;

    @Autowired
    Aggregates aggregates;

    @Autowired
    Hierarchy hierarchy;

    @Autowired
    ReportWriter reports;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void listsTheSplitsLackingWeightsAndWritesAFileToFillIn() throws IOException {
        Path work = Files.createTempDirectory("split-weights");
        Path template = work.resolve("missing-split-weights.csv");
        Path succession = ProvinceOffice.jobs().resolve("hierarchy/succession-2025-07-01.csv");
        long partial;
        try (Stream<String> lines = Files.lines(succession)) {
            partial = lines.map(l -> l.split(",")).filter(f -> "partial".equals(f[5])).map(f -> f[1]).distinct().count();
        }

        Cli.Run run = Cli.inProvinces("aggregate", "--missing-split-weights", "--weights-template", template.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(partial + " split commune(s) lack weights",
                "00583 Xã Bát Tràng (Huyện Gia Lâm, Thành phố Hà Nội) → 00145 Phường Long Biên, 00565 Xã Gia Lâm, "
                        + "00577 Xã Bát Tràng");
        List<String> rows = Files.readAllLines(template, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertThat(rows.getFirst()).isEqualTo("old_code,new_code,weight");
        assertThat(rows).contains("00583,00145,", "00583,00565,", "00583,00577,");

        // Dropped in as it is, the file loads (a blank weight is not known yet) and changes nothing.
        Path jobs = work.resolve("jobs");
        FileSystemUtils.copyRecursively(ProvinceOffice.jobs(), jobs);
        Files.copy(template, jobs.resolve("hierarchy/split-weights.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(HierarchyFiles.load(jobs.resolve("hierarchy")).restatement().splitsWithoutWeights())
                .hasSameSizeAs(hierarchy.restatement().splitsWithoutWeights());
        // Filled in, no split lacks a weight any more.
        Files.writeString(jobs.resolve("hierarchy/split-weights.csv"), String.join("\n",
                rows.stream().map(l -> l.endsWith(",") ? l + "1" : l).toList()) + "\n");
        assertThat(HierarchyFiles.load(jobs.resolve("hierarchy")).restatement().splitsWithoutWeights()).isEmpty();
        FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void aRestatedTotalThatCannotBeBuiltSaysSoInTheReport() throws IOException {
        // 2024 on the 2021 list: Bát Tràng (00583, split three ways, no weights) and Văn Đức (00589, whole into the
        // new Xã Bát Tràng 00577). 2025 on today's list: the new Xã Bát Tràng itself.
        Submissions submissions = new Submissions(jdbc);
        LocalDateTime received = LocalDateTime.of(2025, 1, 10, 8, 0);
        submissions.submit(V2021, "00583", "2024", received, Map.of("LIVE_BIRTHS.M", 30, "LIVE_BIRTHS.F", 20));
        submissions.submit(V2021, "00589", "2024", received, Map.of("LIVE_BIRTHS.M", 10, "LIVE_BIRTHS.F", 10));
        submissions.submit(V2025_07, "00577", "2025", received.withYear(2026), Map.of("LIVE_BIRTHS.M", 12,
                "LIVE_BIRTHS.F", 10));

        rollUp.run(Optional.empty(), true);

        IndicatorValue restated = aggregates.indicatorsOfUnit(V2025_07, "00577", List.of("2024")).stream()
                .filter(i -> i.indicator().equals("SRB")).findFirst().orElseThrow();
        assertThat(restated.restatement()).isEqualTo("broken");
        assertThat(restated.value()).isNull();
        assertThat(aggregates.unplacedSplits(V2025_07, "01", List.of("2024")))
                .extracting(u -> u.fromCode() + "→" + u.toCode())
                .containsExactly("00583→00145", "00583→00565", "00583→00577");

        // Kept under target/ to be looked at.
        Path dir = Path.of("target/test-reports/splits-without-weights");
        FileSystemUtils.deleteRecursively(dir);
        Path pdf = reports.write(List.of(hierarchy.unit(V2025_07, "00577").orElseThrow()), Period.annual(2025),
                new ReportWriter.Options(List.of("vi"), false, false), dir, 1L).getFirst();
        String text = Pdfs.read(pdf).text();

        assertThat(text).contains("Số quy đổi không lập được", "00583 Xã Bát Tràng", "00577 Xã Bát Tràng",
                "không lập được số quy đổi (xã cũ bị chia tách chưa có trọng số");
        // In the targets table the sex ratio's 2024 cell says it cannot be built, before 2025's 12/10 = 120,0.
        assertThat(text).containsPattern("—\\s*‡\\s*120,0");
    }
}
