package vn.genderstats.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.aggregate.Slice;
import vn.genderstats.generate.FormGenerator;
import vn.genderstats.nightly.NightlySummaries;
import vn.genderstats.period.Period;
import vn.genderstats.report.ReportWriter;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * The committed sample inbox does what sample-input/README.md promises: reports for the province in every
 * period, and each planted mistake (listed in its .manifest.csv) caught with the reason the README gives.
 */
class SampleInputTest extends ProvinceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportWriter reports;

    @Autowired
    Aggregates aggregates;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void nightlyReportsOnTheProvinceInEveryPeriodAndCatchesEachPlantedMistake() throws Exception {
        Path inbox = work.resolve("inbox");
        Path out = work.resolve("reports");
        FileSystemUtils.copyRecursively(Path.of("sample-input"), inbox);

        Cli.Run run = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        timelinessAsPromised();
        reportsBegunDuringTheRollUpShowTheFinalFigures(out);
        for (String period : List.of("2021", "2022", "2023", "2024S1", "2024", "2025S1", "2025", "2026S1")) {
            try (Stream<Path> pdfs = Files.list(out.resolve(period))) {
                assertThat(pdfs.map(p -> p.getFileName().toString())).as("reports of %s", period)
                        .anyMatch(name -> name.startsWith("04-tinh-cao-bang") && name.endsWith(".pdf"));
            }
        }
        List<NamedCsvRecord> planted;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(inbox.resolve(FormGenerator.MANIFEST))) {
            planted = csv.stream().filter(r -> !r.getField("flaw").isEmpty()).toList();
        }
        assertThat(planted).extracting(r -> r.getField("flaw")).containsExactlyInAnyOrder("MISSING_UNIT_CODE",
                "NOT_EXCEL", "NEIGHBOURS_FORM", "NEGATIVE_VALUE", "FEMALE_ABOVE_TOTAL");
        for (NamedCsvRecord file : planted) {
            String path = file.getField("file");
            String outcome = jdbc.queryForObject("select outcome from received_file where inbox_path = ?", String.class, path);
            List<String> rules = jdbc.queryForList("select d.rule_code from finding d join received_file f "
                    + "on f.file_id = d.file_id where f.inbox_path = ? and d.severity = 'error'", String.class, path);
            switch (file.getField("flaw")) {
                case "MISSING_UNIT_CODE" -> assertThat(rules).as(path).contains("header.unit-code-missing");
                case "NOT_EXCEL" -> assertThat(rules).as(path).contains("file.not-excel");
                case "NEIGHBOURS_FORM" -> assertThat(rules).as(path).contains("sender.not-allowed");
                case "NEGATIVE_VALUE" -> {
                    assertThat(rules).as(path).contains("value.negative");
                    assertThat(storedValues(path, "GOV_BODIES")).as("the refused figure is not stored").isZero();
                }
                case "FEMALE_ABOVE_TOTAL" -> {
                    assertThat(rules).as(path).containsAnyOf("consistency.sex-sum", "consistency.sex-above-total");
                    assertThat(storedValues(path, "LIVE_BIRTHS")).as("the births that disagree are not stored")
                            .isLessThan(3);
                }
                default -> throw new AssertionError(file);
            }
            switch (file.getField("flaw")) {
                case "MISSING_UNIT_CODE", "NOT_EXCEL", "NEIGHBOURS_FORM" -> {
                    assertThat(outcome).as(path).isEqualTo("rejected");
                    assertThat(out.resolve("quarantine").resolve(path)).exists();
                }
                default -> assertThat(outcome).as(path).startsWith("accepted");
            }
        }
    }

    /**
     * The nightly begins a period's reports once its roll-up is committed, while the later periods are rolled up: each
     * shows the figures the whole run left. Asked again as the nightly asks (only reports whose figures changed), the
     * writer finds none to write. (Which report is finished first is the machine's business: on PostgreSQL a full
     * period's two slices take both cores, and the first PDF may end after the last period's roll-up.)
     */
    private void reportsBegunDuringTheRollUpShowTheFinalFigures(Path out) throws IOException {
        JsonNode stages = JsonMapper.builder().build().readTree(out.resolve(NightlySummaries.JSON_FILE).toFile())
                .at("/stages");
        assertThat(stages.at("/aggregate/counts/periods_rolled_up").asLong()).as("the sample's eight periods").isEqualTo(8);
        assertThat(stages.at("/aggregate/counts/units_recomputed").asLong()).isPositive();
        JsonNode counts = stages.at("/report/counts");
        assertThat(counts.at("/begun_while_adding_up").asLong())
                .as("units and periods whose reports were begun while adding up: all of them, each in two languages")
                .isPositive().isEqualTo(counts.at("/pdfs_written").asLong() / 2);
        ReportWriter.Options nightly = new ReportWriter.Options(List.of("vi", "en"), false, true,
                Set.of("province", "district"));
        for (Slice slice : aggregates.nativeSlices()) {
            assertThat(reports.writeAll(slice.sourceVersion(), Period.parse(slice.period()), nightly, out, 0L))
                    .as("reports of %s written again", slice).isEmpty();
        }
    }

    /**
     * On a fresh clone every file is first read today: the dates come from the receipt log the sample ships as
     * its mail gateway's, so the timeliness table shows what sample-input/README.md promises.
     */
    private void timelinessAsPromised() {
        assertThat(jdbc.queryForList("select distinct receipt_channel from received_file", String.class))
                .containsExactly("gateway");
        record Due(LocalDate due, LocalDateTime receivedAt, String status) {
        }
        List<Due> received = jdbc.query("select due_date, received_at, status from report_due where received_at is not null",
                (rs, i) -> new Due(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDateTime.class), rs.getString(3)));
        assertThat(received).hasSizeGreaterThan(150).allSatisfy(d -> {
            LocalDate at = d.receivedAt().toLocalDate();
            assertThat(at).as("received within a fortnight before, or up to three weeks after, the deadline")
                    .isBetween(d.due().minusDays(14), d.due().plusDays(20));
            assertThat(d.status()).isEqualTo(at.isAfter(d.due()) ? "late" : "on_time");
        });
        long late = received.stream().filter(d -> "late".equals(d.status())).count();
        assertThat(100.0 * late / received.size()).as("about one in ten late").isBetween(4.0, 18.0);
    }

    private int storedValues(String inboxPath, String element) {
        Integer n = jdbc.queryForObject("""
                select count(*) from observation o join submission s on s.submission_id = o.submission_id
                join received_file f on f.file_id = s.file_id
                where f.inbox_path = ? and o.data_element = ?""", Integer.class, inboxPath, element);
        return n == null ? 0 : n;
    }
}
