package vn.genderstats.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 18: a table the roll-up wrote a slice of (a list and a period) is analysed when PostgreSQL's statistics do not
 * expect that slice's rows, however small a share of the table they are, and not when they already do. PostgreSQL
 * only: on H2 there is nothing to analyse (PlannerStatistics does nothing there).
 */
@Tag("database")
@Tag("postgresql-only") // see the surefire configuration in pom.xml
class WrittenSliceStatisticsTest {

    private JdbcTemplate jdbc;
    private PlannerStatistics statistics;

    @BeforeEach
    void table() {
        String url = TestDatabase.freshUrl("slices", TestDatabase.H2_FOLDER);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "postgres", "");
        jdbc = new JdbcTemplate(dataSource);
        // Autovacuum off: only the roll-up's own analyses may change what the statistics count.
        jdbc.execute("create table sums (version_id varchar(20) not null, period varchar(8) not null, "
                + "unit_code varchar(16) not null, amount int not null) with (autovacuum_enabled = false)");
        statistics = new PlannerStatistics(dataSource);
    }

    @Test
    void aSliceTheStatisticsDoNotExpectIsAnalysedHoweverSmallAShareOfTheTable() {
        write("2021-02-01", "2024", 0, 10_000);
        assertThat(rowsCounted()).as("a table with no statistics").isEqualTo(10_000);

        write("2025-07-01", "2024", 0, 500);
        assertThat(rowsCounted()).as("the restated list: 5 % of the table, unknown to its statistics")
                .isEqualTo(10_500);
        assertThat(expected("2025-07-01", "2024")).isBetween(250L, 1_000L);

        write("2021-02-01", "2025", 0, 2_000);
        assertThat(rowsCounted()).as("a new period").isEqualTo(12_500);
    }

    @Test
    void aProvinceRewrittenInASliceTheStatisticsKnowIsNotAnalysedAgain() {
        write("2021-02-01", "2024", 0, 10_000);
        write("2021-02-01", "2024", 10_000, 200);
        assertThat(rowsCounted()).as("200 rows more of a slice of 10,000").isEqualTo(10_000);
        jdbc.update("delete from sums where version_id = '2021-02-01' and period = '2024'");
        write("2021-02-01", "2024", 0, 10_000);
        assertThat(rowsCounted()).as("the slice written again whole (a full run again): the statistics still describe it")
                .isEqualTo(10_000);
    }

    private void write(String version, String period, int from, int rows) {
        jdbc.update("insert into sums select ?, ?, lpad(i::text, 5, '0'), i from generate_series(?, ?) i", version,
                period, from, from + rows - 1);
        statistics.refreshAfterWriting("sums", version, period, rows);
    }

    private long expected(String version, String period) {
        String plan = jdbc.queryForList("explain select 1 from sums where version_id = '" + version + "' and period = '"
                + period + "'", String.class).getFirst();
        return Long.parseLong(plan.replaceAll(".* rows=(\\d+) .*", "$1"));
    }

    private long rowsCounted() {
        return jdbc.queryForObject("select reltuples::bigint from pg_class where relname = 'sums'", Long.class);
    }
}
