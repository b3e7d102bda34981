package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.genderstats.testing.DatabaseTest;

/**
 * On H2 the migrations wait up to ten minutes for another command's (ConcurrentStartTest); the sessions the
 * commands work in keep H2's own lock timeout. A pooled session that kept the ten minutes turned a broken index
 * after a killed run ("Row not found in primary index", which H2 retries until the lock timeout) into a ten-minute
 * spin instead of a failure named at once (CrashRestartTest, once).
 */
class PooledLockTimeoutTest extends DatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyPooledSessionKeepsH2sOwnLockTimeout() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) { // the whole pool (hikari.maximum-pool-size)
                Connection c = dataSource.getConnection();
                held.add(c);
                if (!c.getMetaData().getURL().startsWith("jdbc:h2:")) {
                    return; // PostgreSQL: Flyway waits on an advisory lock, and no timeout is changed
                }
                try (ResultSet rs = c.createStatement().executeQuery("select lock_timeout()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("lock timeout of pooled session %d", i).isLessThanOrEqualTo(2000);
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    /** KilledWriterTest shows why; this, that the product's own pool opens H2 so. */
    @Test
    void theEmbeddedDatabaseWritesItsFileWhenEachTransactionEnds() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getURL().startsWith("jdbc:h2:")) {
                return;
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                List<String> delays = new ArrayList<>();
                while (rs.next()) {
                    delays.add(rs.getString(1));
                }
                assertThat(delays).isNotEmpty().containsOnly("0");
            }
        }
    }
}
