package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.FeedbackFiles;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.GeneratedInbox;
import vn.genderstats.testing.HostileFiles;
import vn.genderstats.testing.TestDatabase;
import vn.genderstats.testing.Workbooks;

/**
 * Done-when 2: one inbox mixing 344 good generated files with every hostile file and a neighbour's form
 * ingests in one run: every good value loads at its cell, every bad file has its reason, quarantine copy
 * and feedback workbook, and the run exits with 3.
 */
class IngestAcceptanceTest extends ProvinceTest {

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
    void goodFilesAllLoadAndEveryBadFileIsAnsweredWithItsReason() throws Exception {
        Path inbox = work.resolve("inbox");
        Path out = work.resolve("reports");
        GeneratedInbox.Written good = GeneratedInbox.write(inbox, catalog, hierarchy, calendar);
        assertThat(good.files()).hasSizeGreaterThanOrEqualTo(200);
        String folder = "01489-xa-dinh-phong";
        Map<String, String> hostile = HostileFiles.writeAll(inbox.resolve(folder), "01489", "Xã Đình Phong");
        Forms.commune("01501", "Xã Chí Viễn").births(21, 22).bodies(2, 1).writeTo(inbox.resolve(folder).resolve("giup-xa-ban.xlsx"));
        hostile.put("giup-xa-ban.xlsx", "sender.not-allowed");

        Cli.Run run = Cli.inProvinces("ingest", "--inbox", inbox.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        // One writer on H2, where two killed at once could tear a transaction; two on PostgreSQL (KilledWriterTest).
        assertThat(jdbc.queryForObject("""
                select count(*) from batch_step_execution where step_name like 'ingestFiles:%'
                and job_execution_id = (select max(job_execution_id) from batch_job_execution)""", Integer.class))
                .as("partitions of the ingest").isEqualTo("postgresql".equals(TestDatabase.KIND) ? 2 : 1);
        // Every good value is stored, and each equals its cell in the file it names.
        assertThat(jdbc.queryForObject("select count(*) from received_file where outcome <> 'rejected'", Long.class))
                .isEqualTo(good.files().size());
        assertThat(jdbc.queryForObject("select count(*) from observation", Long.class)).isEqualTo(good.values());
        Map<String, List<Map<String, Object>>> byFile = jdbc.queryForList("""
                select f.inbox_path, o.sheet_name, o.cell_ref, o.amount from observation o
                join submission s on s.submission_id = o.submission_id join received_file f on f.file_id = s.file_id""")
                .stream().collect(Collectors.groupingBy(r -> (String) r.get("inbox_path")));
        assertThat(byFile.keySet()).containsExactlyInAnyOrderElementsOf(good.files());
        for (var file : byFile.entrySet()) {
            Map<String, BigDecimal> cells = Workbooks.numbers(inbox.resolve(file.getKey()).toFile(),
                    (String) file.getValue().getFirst().get("sheet_name"));
            for (Map<String, Object> v : file.getValue()) {
                assertThat(cells.get((String) v.get("cell_ref"))).as("%s!%s", file.getKey(), v.get("cell_ref"))
                        .isEqualByComparingTo((BigDecimal) v.get("amount"));
            }
        }
        // Every bad file: its named reason, kept in quarantine with reasons, answered in the outbox.
        for (var bad : hostile.entrySet()) {
            String inboxPath = folder + "/" + bad.getKey();
            assertThat(jdbc.queryForList("select d.rule_code from finding d join received_file f on f.file_id = d.file_id "
                    + "where f.inbox_path = ? and f.outcome = 'rejected'", String.class, inboxPath))
                    .as(inboxPath).contains(bad.getValue());
            Path kept = SafeNames.under(out.resolve("quarantine"), inboxPath, "");
            assertThat(kept).as(inboxPath).hasSameBinaryContentAs(inbox.resolve(inboxPath));
            assertThat(kept.resolveSibling(kept.getFileName() + ".reasons.txt")).content().contains(bad.getValue());
            Path feedback = SafeNames.under(out.resolve("outbox"), inboxPath, Outbox.SUFFIX);
            assertThat(problemsListed(feedback)).as(inboxPath).contains(bad.getValue());
        }
        // Nothing written outside the output folders, whatever the file names said.
        assertThat(work.resolve("evil.xlsx")).doesNotExist();
        assertThat(FeedbackFiles.count(out.resolve("outbox"))).isEqualTo(good.files().size() + hostile.size());

        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("ingest-summary.json").toFile());
        assertThat(summary.get("rejected").asLong()).isEqualTo(hostile.size());
        assertThat(summary.get("accepted").asLong() + summary.get("acceptedWithWarnings").asLong())
                .isEqualTo(good.files().size());
        assertThat(summary.get("filesSeen").asLong()).isEqualTo(good.files().size() + hostile.size());
        assertThat(run.out()).contains("rejected / bị từ chối:                  " + hostile.size());
    }

    static String problemsListed(Path feedback) throws Exception {
        try (Workbook wb = WorkbookFactory.create(feedback.toFile(), null, true)) {
            Sheet problems = wb.getSheet(FeedbackWorkbook.PROBLEMS_SHEET);
            DataFormatter format = new DataFormatter();
            StringBuilder text = new StringBuilder();
            problems.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t')));
            return text.toString();
        }
    }
}
