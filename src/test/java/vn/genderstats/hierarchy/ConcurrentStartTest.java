package vn.genderstats.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.genderstats.calendar.CalendarLoader;
import vn.genderstats.period.Period;
import vn.genderstats.testing.ChildJvm;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.GeneratedInbox;
import vn.genderstats.testing.ProvinceOffice;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 13, item 5: two commands started together on a fresh database both need the hierarchy loaded. The first
 * loads it under the reference-data lock, the second waits and finds it loaded; both finish their work. Two real
 * processes, on H2 (shared through AUTO_SERVER) and on PostgreSQL.
 */
@Tag("database")
@Execution(ExecutionMode.CONCURRENT) // runs beside the others: see junit-platform.properties
class ConcurrentStartTest {

    @TempDir
    Path work;

    @Test
    void twoIngestsStartedTogetherOnAFreshDatabaseBothSucceedAndTheHierarchyIsLoadedOnce() throws Exception {
        Hierarchy hierarchy = HierarchyFiles.load(ProvinceOffice.jobs().resolve("hierarchy"));
        var calendar = CalendarLoader.load(Path.of("jobs/calendar.yaml"));
        Path inboxA = GeneratedInbox.write(Forms.CATALOG, hierarchy, calendar, "01477", Period.annual(2024), work.resolve("inbox-a"));
        Path inboxB = GeneratedInbox.write(Forms.CATALOG, hierarchy, calendar, "01489", Period.annual(2024), work.resolve("inbox-b"));
        String url = TestDatabase.freshUrl("concurrent", work.resolve("db"));

        ChildJvm.Child a = ChildJvm.start(url, work.resolve("console-a"), Map.of(),
                "ingest", "--jobs", ProvinceOffice.jobs().toString(), "--inbox", inboxA.toString(), "--out", work.resolve("out-a").toString());
        ChildJvm.Child b = ChildJvm.start(url, work.resolve("console-b"), Map.of(),
                "ingest", "--jobs", ProvinceOffice.jobs().toString(), "--inbox", inboxB.toString(), "--out", work.resolve("out-b").toString());

        assertThat(a.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(b.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(a.process().exitValue()).as(a.out() + a.err()).isZero();
        assertThat(b.process().exitValue()).as(b.out() + b.err()).isZero();
        // Each summary counts its own file, and the other run's too if it was still working (IngestSummaries).
        for (ChildJvm.Child child : java.util.List.of(a, b)) {
            assertThat(child.out()).containsPattern("Ingest: [12] file\\(s\\) seen")
                    .contains("rejected / bị từ chối:                  0");
        }
        // Loaded by one of them only: the other waited and found it there.
        assertThat(count(a.out(), "Loaded hierarchy version") + count(b.out(), "Loaded hierarchy version")).isEqualTo(3);
        assertThat(a.err() + b.err()).doesNotContain("Exception").doesNotContain("\tat ");

        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), "");
                Statement s = c.createStatement()) {
            assertThat(single(s, "select count(*) from hierarchy_version")).isEqualTo(3);
            assertThat(single(s, "select count(*) from admin_unit where version_id = '2021-02-01'"))
                    .isEqualTo(hierarchy.units("2021-02-01").size());
            assertThat(single(s, "select count(*) from unit_group")).isEqualTo(hierarchy.groups().size());
            assertThat(single(s, "select count(*) from received_file where outcome <> 'rejected'")).isEqualTo(2);
        }
        assertThat(Files.list(work.resolve("out-a/outbox")).count()).isEqualTo(1);
        assertThat(Files.list(work.resolve("out-b/outbox")).count()).isEqualTo(1);
    }

    /** nightly has its own lock: the second waits for the hierarchy, then finds a run working (exit 4) or done. */
    @Test
    void twoNightlyRunsStartedTogetherOnAFreshDatabaseNeverFail() throws Exception {
        Hierarchy hierarchy = HierarchyFiles.load(ProvinceOffice.jobs().resolve("hierarchy"));
        var calendar = CalendarLoader.load(Path.of("jobs/calendar.yaml"));
        Path inbox = GeneratedInbox.write(Forms.CATALOG, hierarchy, calendar, "01477", Period.annual(2024), work.resolve("inbox"));
        String url = TestDatabase.freshUrl("concurrent_nightly", work.resolve("db"));

        ChildJvm.Child a = ChildJvm.start(url, work.resolve("console-a"), Map.of(),
                "nightly", "--jobs", ProvinceOffice.jobs().toString(), "--inbox", inbox.toString(), "--out", work.resolve("out-a").toString());
        ChildJvm.Child b = ChildJvm.start(url, work.resolve("console-b"), Map.of(),
                "nightly", "--jobs", ProvinceOffice.jobs().toString(), "--inbox", inbox.toString(), "--out", work.resolve("out-b").toString());

        assertThat(a.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(b.process().waitFor(5, TimeUnit.MINUTES)).isTrue();
        int first = a.process().exitValue();
        int second = b.process().exitValue();
        assertThat(java.util.List.of(first, second)).as(a.out() + a.err() + b.out() + b.err()).containsAnyOf(0)
                .allMatch(code -> code == 0 || code == 4);
        for (ChildJvm.Child child : java.util.List.of(a, b)) {
            if (child.process().exitValue() == 4) {
                assertThat(child.err()).contains("Another nightly run is still working");
            }
        }
        assertThat(count(a.out(), "Loaded hierarchy version") + count(b.out(), "Loaded hierarchy version")).isEqualTo(3);
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
