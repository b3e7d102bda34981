package vn.genderstats.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 18: on PostgreSQL a full run rolls a period up on its own list and restated at the same time. The restatement
 * leaves the statistics of what it writes until both have committed (an ANALYZE in its transaction waited for the
 * other's); they must still be taken then, or the next runs would plan the restated list's rows as none. PostgreSQL
 * only: H2 keeps its own statistics and runs the slices one after the other.
 */
@Tag("postgresql-only") // see the surefire configuration in pom.xml
class RestatementBesideFullRunTest extends DatabaseTest {

    private static final String RESTATED = "2025-07-01";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RollUp rollUp;

    /** Every commune of Cao Bằng (2021 list) reports its births for 2024; the tables' statistics start empty. */
    @BeforeEach
    void caoBangReports() {
        TestDatabase.clean(jdbc);
        String communes = "from admin_unit u join unit_ancestor a on a.version_id = u.version_id and a.unit_code = u.code "
                + "and a.ancestor_code = '04' where u.version_id = '2021-02-01' and u.tier = 'commune' "
                + "and u.kind = 'territory'";
        jdbc.update("insert into received_file (sha256, file_name, inbox_path, size_bytes, received_at, outcome) "
                + "select lpad(u.code, 64, '0'), u.code || '.xlsx', u.code || '/' || u.code || '.xlsx', 1000, "
                + "timestamp '2025-01-10 08:00:00', 'accepted' " + communes);
        jdbc.update("insert into submission (file_id, version_id, unit_code, period, received_at) "
                + "select f.file_id, s.version_id, s.unit_code, '2024', f.received_at from (select u.version_id, "
                + "u.code as unit_code " + communes + ") s join received_file f on f.sha256 = lpad(s.unit_code, 64, '0')");
        jdbc.update("""
                insert into observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref)
                select s.submission_id, 'LIVE_BIRTHS', d.disagg,
                       case d.disagg when 'M' then mod(cast(s.unit_code as int), 53) + 10
                                     when 'F' then mod(cast(s.unit_code as int), 47) + 9
                                     else mod(cast(s.unit_code as int), 53) + mod(cast(s.unit_code as int), 47) + 19 end,
                       'Biểu mẫu', 'D10'
                from submission s
                cross join (select 'T' as disagg union all select 'M' union all select 'F') d
                """);
        // Statistics of empty tables: only the roll-up's own analyses can tell PostgreSQL what it wrote.
        jdbc.execute("analyze aggregate_sum, indicator_part, indicator_stored");
    }

    @Test
    void theRestatementsStatisticsAreTakenOnceBothSlicesHaveCommitted() {
        List<RollUp.Result> results = rollUp.run(Optional.of("2024"), true);

        assertThat(results).extracting(RollUp.Result::mode).containsExactly("full", "full");
        // The restated figures are right: Cao Bằng's births restated are those of its communes of 2021.
        assertThat(jdbc.queryForObject("select amount from aggregate_value where version_id = ? and unit_code = '04' "
                + "and period = '2024' and data_element = 'LIVE_BIRTHS' and disagg = 'M'", BigDecimal.class, RESTATED))
                .isEqualByComparingTo(jdbc.queryForObject("select sum(amount) from observation "
                        + "where data_element = 'LIVE_BIRTHS' and disagg = 'M'", BigDecimal.class));
        for (String table : List.of("aggregate_sum", "indicator_part", "indicator_stored")) {
            long rows = jdbc.queryForObject("select count(*) from " + table + " where version_id = ? and period = '2024'",
                    Long.class, RESTATED);
            assertThat(rows).as("restated rows of " + table).isPositive();
            assertThat(expected(table, RESTATED, "2024")).as("the restated rows of " + table + " PostgreSQL expects")
                    .isGreaterThanOrEqualTo(rows / 4);
        }
    }

    private long expected(String table, String version, String period) {
        String plan = jdbc.queryForList("explain select 1 from " + table + " where version_id = '" + version
                + "' and period = '" + period + "'", String.class).getFirst();
        return Long.parseLong(plan.replaceAll(".* rows=(\\d+) .*", "$1"));
    }
}
