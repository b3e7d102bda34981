package vn.genderstats.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database is shared between processes with AUTO_SERVER: the first process to open it serves
 * it to the others over TCP. When that process ends, every other process loses its connection, and one in the
 * middle of a transaction fails. So a process that serves the database waits, before it exits, until the others
 * have closed their connections (at most {@link #MAX_WAIT}). Nothing to do on PostgreSQL, or when this process is
 * itself a client of another. The last process out compacts the file when it is mostly dead space
 * ({@link EmbeddedCompaction}).
 */
public final class SharedH2 {

    private static final Logger log = LoggerFactory.getLogger(SharedH2.class);
    static final Duration MAX_WAIT = Duration.ofHours(2);

    private SharedH2() {
    }

    /** Call last, after every Spring context of the process has been closed. */
    public static void handOver() {
        Boot.Database db = Boot.database();
        if (db == null || !db.url().startsWith("jdbc:h2:")) {
            return;
        }
        boolean shared = db.url().toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE");
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            if (servedHere(s) && (!shared || othersGone(s))) {
                EmbeddedCompaction.ifWasteful(s, db.url(), EmbeddedCompaction.MIN_BYTES);
            }
        } catch (SQLException e) {
            log.warn("Could not hand the H2 database over or compact it: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until no other process has a session on the database this process serves, at most {@link #MAX_WAIT}. */
    private static boolean othersGone(Statement s) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        boolean said = false;
        while (System.nanoTime() < deadline) {
            int others = others(s);
            if (others == 0) {
                return true;
            }
            if (!said) {
                String text = "Waiting for another genderstats process using the database to finish (" + others
                        + " connection(s)) / Đang chờ tiến trình genderstats khác dùng chung CSDL chạy xong";
                log.info(text);
                said = true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** This process opened the file itself: its own session is not a remote one. */
    private static boolean servedHere(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select server from information_schema.sessions where session_id = session_id()")) {
            return rs.next() && rs.getString(1) == null;
        }
    }

    private static int others(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions where session_id <> session_id()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
