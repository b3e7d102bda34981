package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.PoisonFiles;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 13, done-when 1: the files that once failed a whole run (NaN, 1E+400, 1E+20 and 1E+999999999 figures, texts
 * longer than their columns, sheet names the feedback could not write, a NUL in a name, 400,000 rows without
 * numbers) and those that stored figures the unit could not see (a very hidden sheet, cells under a merge, a
 * second form), among good forms of every commune of the district: every good form is stored, every bad one
 * named, exit 3; run again, nothing changes.
 */
class PoisonInboxTest extends DatabaseTest {

    private static final Map<String, String> COMMUNES = Map.ofEntries(Map.entry("01447", "Thị trấn Trà Lĩnh"),
            Map.entry("01453", "Xã Tri Phương"), Map.entry("01456", "Xã Quang Hán"), Map.entry("01462", "Xã Xuân Nội"),
            Map.entry("01465", "Xã Quang Trung"), Map.entry("01468", "Xã Quang Vinh"), Map.entry("01471", "Xã Cao Chương"),
            Map.entry("01477", "Thị trấn Trùng Khánh"), Map.entry("01480", "Xã Ngọc Khê"), Map.entry("01481", "Xã Ngọc Côn"),
            Map.entry("01483", "Xã Phong Nậm"), Map.entry("01489", "Xã Đình Phong"), Map.entry("01495", "Xã Đàm Thuỷ"),
            Map.entry("01498", "Xã Khâm Thành"), Map.entry("01501", "Xã Chí Viễn"), Map.entry("01504", "Xã Lăng Hiếu"),
            Map.entry("01507", "Xã Phong Châu"), Map.entry("01516", "Xã Trung Phúc"), Map.entry("01519", "Xã Cao Thăng"),
            Map.entry("01522", "Xã Đức Hồng"), Map.entry("01525", "Xã Đoài Dương"));

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void oneBadFileNeverStopsTheRunAndEveryFileIsAnswered() throws Exception {
        Path inbox = work.resolve("inbox");
        Path out = work.resolve("reports");
        for (var commune : COMMUNES.entrySet()) {
            Forms.commune(commune.getKey(), commune.getValue()).period(Period.annual(2024)).births(20, 18).bodies(3, 1)
                    .writeTo(inbox.resolve(commune.getKey() + "/nam-2024.xlsx"));
        }
        Map<String, PoisonFiles.Expected> poison = PoisonFiles.writeAll(inbox);

        Cli.Run run = Cli.run("ingest", "--inbox", inbox.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        // Every good form of 2024 is stored with its figures.
        assertThat(jdbc.queryForList("""
                select s.unit_code from submission s join received_file f on f.file_id = s.file_id
                where s.period = '2024' and f.inbox_path like '%/nam-2024.xlsx'""", String.class))
                .containsExactlyInAnyOrderElementsOf(COMMUNES.keySet());
        // Every poisoned file: stored or refused as it should be, named by its rule, answered in the outbox.
        for (var file : poison.entrySet()) {
            String path = file.getKey();
            String outcome = jdbc.queryForObject("select outcome from received_file where inbox_path = ?", String.class,
                    path.length() <= 1000 ? path : path.substring(0, 999) + "…");
            if (!file.getValue().stored()) {
                assertThat(outcome).as(path).isEqualTo("rejected");
            } else if (file.getValue().rule() != null) {
                assertThat(outcome).as(path).isEqualTo("accepted_with_warnings");
            } else {
                assertThat(outcome).as(path).isIn("accepted", "accepted_with_warnings");
            }
            if (file.getValue().rule() != null) {
                assertThat(rules(path)).as(path).contains(file.getValue().rule());
                assertThat(IngestAcceptanceTest.problemsListed(SafeNames.under(out.resolve("outbox"), path, Outbox.SUFFIX)))
                        .as(path).contains(file.getValue().rule());
            }
            assertThat(SafeNames.under(out.resolve("outbox"), path, Outbox.SUFFIX)).as(path).exists();
            if (!file.getValue().stored()) {
                assertThat(SafeNames.under(out.resolve("quarantine"), path, "")).as(path)
                        .hasSameBinaryContentAs(inbox.resolve(path));
            }
        }
        assertThat(rules(null)).doesNotContain("file.could-not-process");

        // What the unit saw is what was stored: the visible sheet's births, not the hidden sheet's 999; under the
        // merge, the total alone.
        assertThat(births("01504/trang-an.xlsx")).containsEntry("M", new BigDecimal("1234")).containsEntry("F", new BigDecimal("1111"));
        assertThat(births("01507/o-gop.xlsx")).containsOnlyKeys("T");
        assertThat(jdbc.queryForObject("""
                select count(*) from submission s join received_file f on f.file_id = s.file_id
                where f.inbox_path = '01516/hai-bieu.xlsx' and s.unit_code = '01516'""", Integer.class)).isOne();
        // The figures that were too large are left out, the rest of those forms kept.
        assertThat(births("01456/qua-lon.xlsx")).doesNotContainKey("M").containsEntry("F", new BigDecimal("1111"));
        assertThat(births("01465/sdmx-mu-lon.csv")).doesNotContainKey("M").containsEntry("F", new BigDecimal("1111"));

        long files = count("received_file");
        long values = count("observation");
        Cli.Run again = Cli.run("ingest", "--inbox", inbox.toString(), "--out", out.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(count("received_file")).isEqualTo(files);
        assertThat(count("observation")).isEqualTo(values);
    }

    private List<String> rules(String inboxPath) {
        return inboxPath == null ? jdbc.queryForList("select distinct rule_code from finding", String.class)
                : jdbc.queryForList("""
                        select d.rule_code from finding d join received_file f on f.file_id = d.file_id
                        where f.inbox_path = ?""", String.class, inboxPath);
    }

    private Map<String, BigDecimal> births(String inboxPath) {
        Map<String, BigDecimal> births = new java.util.HashMap<>();
        jdbc.query("""
                select o.disagg, o.amount from observation o join submission s on s.submission_id = o.submission_id
                join received_file f on f.file_id = s.file_id where f.inbox_path = ? and o.data_element = 'LIVE_BIRTHS'""",
                rs -> {
                    births.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                }, inboxPath);
        return births;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
