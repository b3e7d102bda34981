package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.genderstats.calendar.CalendarLoader;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;
import vn.genderstats.testing.ChildJvm;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.FeedbackFiles;
import vn.genderstats.testing.GeneratedInbox;
import vn.genderstats.testing.ProvinceOffice;
import vn.genderstats.testing.TestDatabase;

/**
 * Done-when 3: the JVM running ingest is killed mid-run; the next run finishes the work, and every stored
 * value, finding and file verdict equals those of a clean run over the same inbox. The product runs in
 * child JVMs (the real main class on the test classpath), each against its own fresh database.
 */
@Tag("database")
@Execution(ExecutionMode.CONCURRENT) // runs beside the others: see junit-platform.properties
class CrashRestartTest {

    @TempDir
    Path work;

    @Test
    void aRunKilledMidIngestIsFinishedByTheNextRunWithNoValueLostOrDuplicated() throws Exception {
        Path inbox = work.resolve("inbox");
        // Cao Bằng (04): 178 units' annual forms of two years, one in ten with a planted mistake (two years, so that
        // the run cannot finish in the moment between the 40th answer and the kill); the office files of a few
        // provinces, so that each fresh database loads 2,000-odd units, not the nation.
        GeneratedInbox.Written written = GeneratedInbox.write(inbox, Forms.CATALOG,
                HierarchyFiles.load(ProvinceOffice.jobs().resolve("hierarchy")), CalendarLoader.load(Path.of("jobs/calendar.yaml")),
                List.of(Period.annual(2023), Period.annual(2024)), "04", 0.1);
        int files = written.files().size();
        assertThat(files).isGreaterThanOrEqualTo(340);

        String clean = TestDatabase.freshUrl("clean", work.resolve("db"));
        Process cleanRun = ingest(clean, inbox, work.resolve("clean-out"));
        assertThat(cleanRun.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(cleanRun.exitValue()).as("planted mistakes are rejected").isEqualTo(3);

        String crashed = TestDatabase.freshUrl("crashed", work.resolve("db"));
        Path out = work.resolve("crashed-out");
        Process first = ingest(crashed, inbox, out);
        FeedbackFiles.awaitAtLeast(out.resolve("outbox"), 40, first);
        waitForStored(crashed, 10, first);
        // H2 writes a commit to its file up to half a second later (the first ten were stored before the 40th feedback
        // was written): let them reach the disk, so that the kill leaves something stored. However far the run got,
        // the next one reports what it refused (IngestSummaries: the runs since the last that finished).
        Thread.sleep(600);
        first.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        long storedAtKill = count(crashed, "select count(*) from received_file");
        assertThat(storedAtKill).as("killed mid-run").isPositive().isLessThan(files);
        System.out.printf("CrashRestartTest: killed with %d of %d files stored%n", storedAtKill, files);

        Process second = ingest(crashed, inbox, out);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as("the planted mistakes, refused before or after the kill").isEqualTo(3);

        String values = """
                select f.inbox_path, f.sha256, s.version_id, s.unit_code, s.period, o.data_element, o.disagg, o.amount,
                       o.sheet_name, o.cell_ref
                from observation o join submission s on s.submission_id = o.submission_id
                join received_file f on f.file_id = s.file_id""";
        List<String> cleanValues = rows(clean, values);
        assertThat(cleanValues).hasSize((int) count(clean, "select count(*) from observation")).isNotEmpty();
        assertThat(rows(crashed, values)).containsExactlyInAnyOrderElementsOf(cleanValues);
        // Every file judged once, at its own path: byte-identical refused files (the planted non-workbooks) each
        // get their verdict, as in the clean run.
        String verdicts = "select inbox_path, sha256, outcome from received_file";
        assertThat(rows(crashed, verdicts)).hasSize(files).containsExactlyInAnyOrderElementsOf(rows(clean, verdicts));
        String findings = """
                select f.inbox_path, d.severity, d.rule_code, d.sheet_name, d.cell_ref
                from finding d join received_file f on f.file_id = d.file_id""";
        assertThat(rows(crashed, findings)).containsExactlyInAnyOrderElementsOf(rows(clean, findings));
        // Every file has its feedback, every rejected file its quarantine copy, whether done before or after the kill.
        assertThat(FeedbackFiles.count(out.resolve("outbox"))).isEqualTo(files);
        for (String rejected : rows(crashed, "select inbox_path from received_file where outcome = 'rejected'")) {
            assertThat(out.resolve("quarantine").resolve(rejected.strip())).exists();
        }
    }

    private static Process ingest(String url, Path inbox, Path out) throws IOException {
        Files.createDirectories(out);
        return ChildJvm.start(url, out.resolve("console"), java.util.Map.of(), "ingest", "--jobs",
                ProvinceOffice.jobs().toString(), "--inbox", inbox.toString(), "--out", out.toString()).process();
    }

    private static void waitForStored(String url, int atLeast, Process running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && running.isAlive()) {
            if (count(url, "select count(*) from received_file") >= atLeast) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child ingest stored fewer than " + atLeast + " files before it ended");
    }

    private static long count(String url, String sql) throws SQLException {
        return Long.parseLong(rows(url, sql).getFirst().strip());
    }

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object v = rs.getObject(i);
                    row.append(i > 1 ? " | " : "").append(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
