package vn.genderstats.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
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
import vn.genderstats.period.Period;
import vn.genderstats.testing.ChildJvm;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceOffice;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.GeneratedInbox;
import vn.genderstats.testing.SampleInputWriter;
import vn.genderstats.testing.TestDatabase;

/** nightly as cron runs it: no work when nothing changed, one run at a time, and a killed run resumed. */
class NightlyProductionTest extends ProvinceTest {

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
    void aSecondNightlyWithNoNewFilesDoesNoWork() throws Exception {
        Path inbox = work.resolve("inbox");
        Path out = work.resolve("reports");
        SampleInputWriter.write(inbox);
        Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());
        JsonNode first = summary(out);
        assertThat(first.at("/stages/ingest/counts/files_stored").asLong()).isEqualTo(7);
        assertThat(first.at("/stages/aggregate/outcome").asString()).isEqualTo("done");
        assertThat(first.at("/stages/report/counts/pdfs_written").asLong()).as("7 units in Vietnamese and English")
                .isEqualTo(14);

        Cli.Run second = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());

        assertThat(second.exitCode()).isZero();
        JsonNode again = summary(out);
        assertThat(again.at("/stages/ingest/counts/files_stored").asLong()).isZero();
        assertThat(again.at("/stages/ingest/counts/skipped_unchanged").asLong()).isEqualTo(7);
        assertThat(again.at("/stages/aggregate/outcome").asString()).isEqualTo("skipped");
        assertThat(again.at("/stages/report/outcome").asString()).isEqualTo("skipped");
        assertThat(Files.readString(out.resolve("nightly-summary.txt"))).contains("aggregate").contains("skipped");
        assertThat(second.out()).contains("bỏ qua, không có gì đổi");
    }

    @Test
    void aSecondNightlyStartedWhileTheFirstRunsIsRefusedAndDoesNothing() throws Exception {
        // Trùng Khánh (047): 22 units, a run long enough (ingest, roll-up, 50-odd PDFs) for the second to meet it.
        Path inbox = GeneratedInbox.write(catalog, hierarchy, calendar, "047", Period.annual(2024), work.resolve("inbox"));
        ChildJvm.Child first = childNightly(inbox, work.resolve("reports"));
        try {
            waitFor(() -> count("select count(*) from batch_job_execution e join batch_job_instance i "
                    + "on i.job_instance_id = e.job_instance_id where i.job_name = 'nightly' and e.status = 'STARTED'") > 0);

            Cli.Run second = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", work.resolve("reports").toString());

            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(second.err()).contains("Another nightly run is still working").contains("đang chạy");
            assertThat(first.process().waitFor()).as(first.out() + first.err()).isIn(0, 3);
            assertThat(work.resolve("reports/logs/genderstats.log")).content()
                    .contains("Rolled up").contains("Nightly run / Lần chạy hằng đêm");
        } finally {
            first.process().destroyForcibly();
        }
        assertThat(count("select count(*) from received_file")).isEqualTo(unitFolders(inbox));
    }

    @Test
    void aRunKilledMidwayIsResumedByTheNextAndEndsWithTheDataOfACleanRun() throws Exception {
        // Trùng Khánh (047): 22 units, enough to cut a run off in the middle of its ingest.
        Path inbox = GeneratedInbox.write(catalog, hierarchy, calendar, "047", Period.annual(2024), work.resolve("inbox"));
        Path out = work.resolve("reports");
        Process killed = childNightly(inbox, out).process();
        waitFor(() -> count("select count(*) from received_file") >= 5);
        killed.destroyForcibly().waitFor();
        assertThat(count("select count(*) from received_file")).as("cut off before the end of ingest")
                .isLessThan(unitFolders(inbox));

        Cli.Run resumed = Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", out.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isIn(0, 3);
        assertThat(resumed.out()).contains("Resumed the interrupted run");
        Map<String, Object> afterResume = state(out);

        TestDatabase.clean(jdbc);
        Path cleanOut = work.resolve("clean-reports");
        assertThat(Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", cleanOut.toString()).exitCode()).isIn(0, 3);
        assertThat(afterResume).isEqualTo(state(cleanOut));
    }

    /** One form per unit folder; the generator's hidden manifest is not a submission. */
    private static long unitFolders(Path inbox) throws IOException {
        try (var entries = Files.list(inbox)) {
            return entries.filter(Files::isDirectory).count();
        }
    }

    /** Everything a run leaves: row counts, every figure, and the PDFs' names. */
    private Map<String, Object> state(Path out) throws IOException {
        Map<String, Object> state = new TreeMap<>();
        for (String table : List.of("received_file", "submission", "observation", "finding", "aggregate_value", "indicator_result")) {
            state.put(table, count("select count(*) from " + table));
        }
        state.put("aggregates", jdbc.queryForList("select unit_code || ' ' || data_element || '.' || disagg || '=' || "
                + "cast(amount as varchar(40)) from aggregate_value order by 1", String.class));
        state.put("indicators", jdbc.queryForList("select unit_code || ' ' || indicator_code || '=' || cast(numerator as varchar(40))"
                + " || '/' || cast(denominator as varchar(40)) from indicator_result order by 1", String.class));
        try (Stream<Path> pdfs = Files.walk(out)) {
            state.put("pdfs", pdfs.filter(p -> p.toString().endsWith(".pdf")).map(p -> out.relativize(p).toString()).sorted().toList());
        }
        return state;
    }

    /** nightly in its own JVM, as cron starts it, on the database the tests use. */
    private ChildJvm.Child childNightly(Path inbox, Path out) throws IOException {
        return ChildJvm.start(TestDatabase.provincesUrl(), work.resolve("child"), Map.of(), "nightly", "--jobs",
                ProvinceOffice.jobs().toString(), "--inbox", inbox.toString(), "--out", out.toString());
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child nightly never got there");
            }
            Thread.sleep(20);
        }
    }

    private static JsonNode summary(Path out) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(out.resolve(NightlySummaries.JSON_FILE)));
    }
}
