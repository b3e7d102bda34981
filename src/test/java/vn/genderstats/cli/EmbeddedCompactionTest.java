package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's file is rewritten with its live pages only when most of it is dead space, and nothing
 * stored is lost by it. Real H2 files, written the way the roll-up writes them: rows replaced wholesale.
 */
class EmbeddedCompactionTest {

    private static final int ROWS = 20_000;
    private static final long ONE_MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void aFileMostlyOfReplacedRowsShrinksAndKeepsEveryRow() throws Exception {
        String url = url("churned");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            fill(s);
            for (int run = 0; run < 4; run++) { // a full roll-up deletes and writes again a slice's results
                s.execute("delete from aggregate_sum");
                s.execute(insert());
            }
        }
        Path file = EmbeddedCompaction.file(url).orElseThrow();
        long before = Files.size(file);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            EmbeddedCompaction.FileUse use = EmbeddedCompaction.use(s);
            assertThat(use.livePercent()).as("live share of %s", use).isLessThan(50);
            assertThat(use.wasteful(ONE_MB)).isTrue();
            EmbeddedCompaction.ifWasteful(s, url, ONE_MB);
        }
        assertThat(Files.size(file)).as("bytes after compaction, %d before", before).isLessThan(before / 3);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), sum(amount) from aggregate_sum")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(ROWS);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(new BigDecimal(ROWS * (ROWS + 1L) / 2).multiply(new BigDecimal("1.5")));
        }
    }

    @Test
    void aFileMostlyInUseIsLeftAsItIs() throws Exception {
        String url = url("in-use");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            fill(s);
            // How much of a freshly filled file is dead depends on when H2's background writer stored pages of the
            // insert still running (46-99 % live in eight fills on one machine): compacted, it is all live.
            s.execute("shutdown compact");
        }
        long minBytes = 256L << 10;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            EmbeddedCompaction.FileUse use = EmbeddedCompaction.use(s);
            assertThat(use.bytes()).as("large enough to be judged by its live share").isGreaterThanOrEqualTo(minBytes);
            assertThat(use.wasteful(minBytes)).as("%s", use).isFalse();
            EmbeddedCompaction.ifWasteful(s, url, minBytes);
            try (ResultSet rs = s.executeQuery("select count(*) from aggregate_sum")) {
                assertThat(rs.next()).isTrue(); // the session is still open: nothing was shut down
                assertThat(rs.getInt(1)).isEqualTo(ROWS);
            }
        }
    }

    @Test
    void findsTheFileOfEachFormOfUrl() {
        assertThat(EmbeddedCompaction.file("jdbc:h2:file:./data/genderstats;MODE=PostgreSQL;AUTO_SERVER=TRUE"))
                .contains(Path.of("./data/genderstats.mv.db"));
        assertThat(EmbeddedCompaction.file("jdbc:h2:/srv/gs/db")).contains(Path.of("/srv/gs/db.mv.db"));
        assertThat(EmbeddedCompaction.file("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(EmbeddedCompaction.file("jdbc:h2:tcp://localhost/~/gs")).isEmpty();
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name) + ";MODE=PostgreSQL";
    }

    private static void fill(Statement s) throws Exception {
        s.execute("create table aggregate_sum (unit_code varchar(10), data_element varchar(60), amount numeric(18, 4), "
                + "note varchar(400), primary key (unit_code, data_element))");
        s.execute(insert());
    }

    private static String insert() {
        return "insert into aggregate_sum select lpad(cast(x as varchar), 5, '0'), 'LIVE_BIRTHS', x * 1.5, "
                + "repeat('x', 300) from system_range(1, " + ROWS + ")";
    }
}
