package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
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
import vn.genderstats.testing.TcpProxy;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 13, item 6: the database goes away for about 10 s in the middle of an ingest (a proxy in front of the real
 * PostgreSQL drops every connection and refuses new ones, then lets them in again). The run waits, restarts the
 * failed job and finishes: every file stored once, every value there, exit 0. PostgreSQL only: the embedded H2 is
 * a file, not a server that can go away.
 */
@Tag("database")
@Tag("postgresql-only") // H2 has no server to lose: see the surefire configuration in pom.xml
@Execution(ExecutionMode.CONCURRENT) // runs beside the others: see junit-platform.properties
class DatabaseOutageTest {

    @TempDir
    Path work;

    @Test
    void anIngestSurvivesTheDatabaseGoingAwayForTenSeconds() throws Exception {
        Path inbox = work.resolve("inbox");
        // Cao Bằng's 178 units, on the office files of a few provinces (a fresh database loads fast).
        GeneratedInbox.Written written = GeneratedInbox.write(inbox, Forms.CATALOG,
                HierarchyFiles.load(ProvinceOffice.jobs().resolve("hierarchy")), CalendarLoader.load(Path.of("jobs/calendar.yaml")),
                List.of(Period.annual(2024)), "04", 0);
        String url = TestDatabase.freshUrl("outage", work.resolve("db"));
        String database = url.substring(url.lastIndexOf('/') + 1);
        Path out = work.resolve("reports");

        try (TcpProxy proxy = new TcpProxy(5432)) {
            ChildJvm.Child child = ChildJvm.start("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                    work.resolve("console"), Map.of(), "ingest", "--jobs", ProvinceOffice.jobs().toString(),
                    "--inbox", inbox.toString(), "--out", out.toString());
            FeedbackFiles.awaitAtLeast(out.resolve("outbox"), 30, child.process());
            proxy.cut();
            Thread.sleep(10_000);
            proxy.reopen();
            assertThat(child.process().waitFor(10, TimeUnit.MINUTES)).isTrue();

            System.out.printf("DatabaseOutageTest: %d files; the child said:%n%s%n", written.files().size(), child.out());
            assertThat(child.process().exitValue()).as(child.out() + child.err()).isZero();
            assertThat(child.out()).contains("Database unreachable, retrying in 5 s / Mất kết nối CSDL, thử lại sau 5 giây");
            assertThat(child.out() + child.err()).doesNotContain("\tat ");
        }
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), "");
                Statement s = c.createStatement()) {
            assertThat(single(s, "select count(*) from received_file")).isEqualTo(written.files().size());
            assertThat(single(s, "select count(*) from received_file where outcome = 'rejected'")).isZero();
            assertThat(single(s, "select count(*) from observation")).isEqualTo(written.values());
        }
        assertThat(FeedbackFiles.count(out.resolve("outbox"))).isEqualTo(written.files().size());
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
