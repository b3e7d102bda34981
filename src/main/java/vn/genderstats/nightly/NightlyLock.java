package vn.genderstats.nightly;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Keeps two nightly runs from overlapping, on the database they share. On PostgreSQL a session advisory lock, on
 * H2 the row 'nightly' of nightly_lock held with SELECT … FOR UPDATE in an open transaction. Either belongs to one
 * connection kept for the whole run, so the lock goes with the connection, even when the process is killed.
 */
@Component
public class NightlyLock {

    /** The advisory lock key: "gender" in ASCII, unlikely to meet another application's key. */
    private static final long ADVISORY_KEY = 0x67656e646572L;
    /** How long H2 waits for the row before deciding another run holds it. */
    private static final int H2_WAIT_MILLIS = 200;

    private final DataSource dataSource;

    NightlyLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, or empty when another run holds it. */
    public Optional<Held> tryAcquire() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            boolean acquired = postgres ? advisory(c) : rowLock(c);
            if (acquired) {
                return Optional.of(new Held(c, postgres));
            }
            c.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static boolean advisory(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + ADVISORY_KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static boolean rowLock(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set lock_timeout " + H2_WAIT_MILLIS);
            try (ResultSet rs = s.executeQuery("select lock_name from nightly_lock where lock_name = 'nightly' for update")) {
                if (!rs.next()) {
                    throw new SQLException("The row 'nightly' of nightly_lock is missing (migration V9).");
                }
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (isLockTimeout(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    /** H2's "timeout trying to lock table" (50200) or a concurrent update it refuses (90131). */
    private static boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == 50200 || e.getErrorCode() == 90131 || "HYT00".equals(e.getSQLState());
    }

    /** A held lock; closing it lets the next run in. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final boolean postgres;

        private Held(Connection connection, boolean postgres) {
            this.connection = connection;
            this.postgres = postgres;
        }

        @Override
        public void close() throws SQLException {
            try (Statement s = connection.createStatement()) {
                if (postgres) {
                    s.execute("select pg_advisory_unlock(" + ADVISORY_KEY + ")");
                } else {
                    connection.rollback();
                    s.execute("set lock_timeout 10000");
                    connection.setAutoCommit(true);
                }
            } finally {
                connection.close();
            }
        }
    }
}
