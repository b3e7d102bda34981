package vn.genderstats.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.GatewayLog;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/** Deadlines are judged in Viet Nam time (the office's zone), whatever zone the server runs in. */
class DeadlineInOfficeTimeTest extends ProvinceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("ingestJob")
    Job ingestJob;

    @Autowired
    RollUp rollUp;

    @TempDir
    Path work;

    @Test
    void aFormReceivedAt2OnThe16thInVietNamIsLateAgainstThe15thWhateverTheServersZone() throws Exception {
        TimeZone machine = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "America/Los_Angeles", "Asia/Ho_Chi_Minh")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                TestDatabase.clean(jdbc);
                Path inbox = work.resolve(zone.replace('/', '-'));
                // 19:00 UTC on 15/12 is 02:00 on 16/12 in Viet Nam; 16:59 UTC is 23:59 on the 15th.
                Path late = Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0)
                        .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao.xlsx"));
                Path lastMinute = Forms.commune("01501", "Xã Chí Viễn").births(21, 22).bodies(2, 1)
                        .writeTo(inbox.resolve("01501-xa-chi-vien/bao-cao.xlsx"));
                GatewayLog.of(inbox).received(late, OffsetDateTime.parse("2024-12-15T19:00Z"))
                        .received(lastMinute, OffsetDateTime.parse("2024-12-15T16:59Z")).write();

                assertThat(jobOperator.start(ingestJob, new JobParametersBuilder().addString("inbox", inbox.toString())
                        .addString("reports", work.resolve("reports").toString())
                        .addString("outbox", work.resolve("outbox").toString()).toJobParameters()).getStatus())
                        .isEqualTo(BatchStatus.COMPLETED);
                rollUp.run(Optional.of("2024"), false);

                assertThat(jdbc.query("""
                        select unit_code, due_date, received_at, status from report_due
                        where unit_code in ('01489', '01501') and period = '2024' order by unit_code""",
                        (rs, i) -> tuple(rs.getString(1), rs.getObject(2, LocalDate.class),
                                rs.getObject(3, LocalDateTime.class), rs.getString(4))))
                        .as("server zone %s", zone).containsExactly(
                                tuple("01489", LocalDate.parse("2024-12-15"), LocalDateTime.parse("2024-12-16T02:00"), "late"),
                                tuple("01501", LocalDate.parse("2024-12-15"), LocalDateTime.parse("2024-12-15T23:59"),
                                        "on_time"));
            }
        } finally {
            TimeZone.setDefault(machine);
        }
    }
}
