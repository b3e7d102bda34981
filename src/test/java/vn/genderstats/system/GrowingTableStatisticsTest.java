package vn.genderstats.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 18: a table ingest keeps adding to while it looks it up is analysed as it grows, so that PostgreSQL does not
 * keep plans made while it was empty; the analysis runs beside the caller's transaction and never waits for a lock.
 * PostgreSQL only: on H2 there is nothing to analyse (PlannerStatistics does nothing there).
 */
@Tag("database")
@Tag("postgresql-only") // see the surefire configuration in pom.xml
class GrowingTableStatisticsTest {

    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;
    private PlannerStatistics statistics;

    @AfterEach
    void stop() {
        statistics.destroy();
    }

    @BeforeEach
    void table() {
        String url = TestDatabase.freshUrl("growing", TestDatabase.H2_FOLDER);
        dataSource = new DriverManagerDataSource(url, "postgres", "");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table received (id int primary key, sha256 char(64) not null)");
        statistics = new PlannerStatistics(dataSource);
    }

    @Test
    void aGrowingTableIsAnalysedEachTimeItsNewRowsOutnumberThoseItsLastAnalysisCounted() {
        add(0, 40);
        assertThat(rowsCounted()).as("40 rows: not yet analysed").isEqualTo(-1);
        add(40, 20);
        assertThat(rowsCounted()).as("60 rows, more than the 50 of a first analysis").isEqualTo(60);
        add(60, 50);
        assertThat(rowsCounted()).as("50 rows added to 60 counted: not analysed again").isEqualTo(60);
        add(110, 10);
        assertThat(rowsCounted()).as("60 added to 60: analysed").isEqualTo(120);
    }

    @Test
    void theAnalysisCountsOnlyCommittedRowsAndNeverWaitsForALock() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> tx.executeWithoutResult(status -> {
            // The caller's own rows, not committed yet: the analysis, on a connection of its own, does not see them,
            // and is over before the caller commits.
            insert(0, 100);
            statistics.refreshAsItGrows("received", 100);
            awaitAnalyses();
        }));
        assertThat(rowsCounted()).isZero();

        try (Connection other = DriverManager.getConnection(dataSource.getUrl(), "postgres", "");
                Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("lock table received in share update exclusive mode");
            insert(100, 200);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                statistics.refreshAsItGrows("received", 200);
                awaitAnalyses();
            });
            assertThat(rowsCounted()).as("skipped while another session held the table").isZero();
            other.rollback();
        }
    }

    private void add(int from, int rows) {
        insert(from, rows);
        statistics.refreshAsItGrows("received", rows);
        awaitAnalyses();
    }

    private void awaitAnalyses() {
        try {
            statistics.awaitAnalyses();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(int from, int rows) {
        jdbc.update("insert into received (id, sha256) select i, md5(i::text) || md5(i::text) from generate_series(?, ?) i",
                from, from + rows - 1);
    }

    private long rowsCounted() {
        return jdbc.queryForObject("select reltuples::bigint from pg_class where relname = 'received'", Long.class);
    }
}
