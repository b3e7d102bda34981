package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's sentences for failures that cannot be staged for real in a test (a full disk; a permission root
 * ignores), from the exceptions Java raises for them, and for a lock timeout, from one H2 raises; wrapped as the jobs
 * wrap them.
 */
class FailuresTest {

    @TempDir
    Path work;

    /** A real lock timeout of H2's, wrapped as Flyway and Spring wrap it when a command starts. */
    @Test
    void aLockHeldByAnotherCommandIsSaidInBothLanguagesWithoutTheRowItWaitedFor() throws Exception {
        String url = "jdbc:h2:mem:failures-lock;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        SQLException timeout;
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
                Connection waiter = DriverManager.getConnection(url, "sa", "");
                Statement holds = holder.createStatement(); Statement waits = waiter.createStatement()) {
            holds.execute("create table flyway_schema_history (installed_rank int primary key, description varchar(200))");
            holds.execute("insert into flyway_schema_history values (-1, '<< table created >>')");
            holder.setAutoCommit(false);
            holds.executeQuery("select * from flyway_schema_history for update").close();
            waits.execute("set lock_timeout 100");
            timeout = assertThrows(SQLException.class,
                    () -> waits.executeQuery("select * from flyway_schema_history for update"));
        }
        Exception e = new IllegalStateException("Error creating bean with name 'flywayInitializer'",
                new RuntimeException("Unable to lock the schema history table", timeout));

        assertThat(Failures.explain(e, null))
                .contains("The database was held by another genderstats command (flyway_schema_history) for too long")
                .contains("hãy chờ lệnh đó chạy xong rồi chạy lại")
                .doesNotContain("table created");
    }

    /**
     * H2's own exceptions for an index entry without its row, as CrashRestartTest met them after a kill: H2 waited
     * for the row until its lock timeout, and the timeout came out on top.
     */
    @Test
    void aDamagedEmbeddedDatabaseIsNamedRatherThanTakenForABusyOne() {
        SQLException rowGone = org.h2.message.DbException.get(org.h2.api.ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX,
                "\"public.observation_DATA\"", "593").getSQLException();
        SQLException timeout = org.h2.message.DbException.get(org.h2.api.ErrorCode.LOCK_TIMEOUT_1,
                org.h2.message.DbException.convert(rowGone), "observation").getSQLException();
        Exception e = new org.springframework.dao.QueryTimeoutException("PreparedStatementCallback", timeout);

        assertThat(Failures.explain(e, null))
                .contains("The embedded database (H2) is damaged")
                .contains("Cơ sở dữ liệu nhúng (H2) bị hỏng")
                .contains("The embedded database after a kill")
                .doesNotContain("held by another genderstats command");
    }

    /** PgJDBC's own exception for a serialization failure, wrapped as Spring Batch's job repository wraps it. */
    @Test
    void twoCommandsInEachOthersWayAreToldToRunAgainInBothLanguages() {
        Exception e = new org.springframework.dao.CannotAcquireLockException("JDBC commit",
                new org.postgresql.util.PSQLException("ERROR: could not serialize access due to read/write dependencies"
                        + " among transactions", org.postgresql.util.PSQLState.SERIALIZATION_FAILURE));

        assertThat(Failures.explain(e, null))
                .contains("Another genderstats command wrote the same data at the same moment, so this one was stopped:"
                        + " run it again.")
                .contains("hãy chạy lại")
                .doesNotContain("read/write dependencies");
    }

    @Test
    void aFullDiskIsSaidInBothLanguages() {
        Exception e = new IllegalStateException("Unable to process chunk", new UncheckedIOException(
                new FileSystemException("/srv/reports/outbox/047/a.xlsx", null, "No space left on device")));

        assertThat(Failures.explain(List.of(e), null)).get().asString()
                .contains("The disk is full: cannot write /srv/reports/outbox/047/a.xlsx")
                .contains("Đĩa đầy: không ghi được /srv/reports/outbox/047/a.xlsx");
    }

    @Test
    void aPermissionDeniedNamesTheFileInBothLanguages() {
        Exception e = new RuntimeException(new AccessDeniedException("/srv/reports/2024"));

        assertThat(Failures.explain(e, null)).contains("Cannot write to /srv/reports/2024 (permission denied")
                .contains("Không ghi được vào /srv/reports/2024: thiếu quyền ghi");
    }

    @Test
    void aPathThroughAPlainFileNamesThatFile() throws Exception {
        Path file = Files.writeString(work.resolve("reports"), "x");
        Exception e = new RuntimeException(new FileSystemException(file.resolve("outbox/047").toString(), null, "Not a directory"));

        assertThat(Failures.explain(e, null)).contains(file + " is a file, not a folder")
                .contains(file + " là một tệp, không phải thư mục");
    }

    @Test
    void theDatabaseUrlIsShownWithoutItsPassword() {
        assertThat(Failures.withoutPassword("jdbc:postgresql://db:5432/g?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/g?user=a&password=***&ssl=true");
        assertThat(Failures.withoutPassword("jdbc:postgresql://a:s3cret@db/g")).doesNotContain("s3cret");
        assertThat(Failures.withoutPassword("jdbc:h2:file:./data/g;PASSWORD=s3cret;AUTO_SERVER=TRUE")).doesNotContain("s3cret");
    }

    @Test
    void anOtherFailureKeepsItsDeepestMessage() {
        assertThat(Failures.explain(new RuntimeException("outer", new IllegalArgumentException("catalog.yaml: line 3")), null))
                .isEqualTo("failed / thất bại: catalog.yaml: line 3");
    }

    @Test
    void aConnectionLostMidJobIsRecognisedEvenWhenTheRollbackFailureHidesIt() {
        Exception rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"));
        Exception io = new RuntimeException(new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(Failures.isDatabaseUnreachable(rollback)).isTrue();
        assertThat(Failures.isDatabaseUnreachable(io)).isTrue();
        assertThat(Failures.isDatabaseUnreachable(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Failures.isDatabaseUnreachable(new java.io.UncheckedIOException(new java.io.IOException("disk")))).isFalse();
    }
}
