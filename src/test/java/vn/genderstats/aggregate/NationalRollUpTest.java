package vn.genderstats.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.TestDatabase;

/**
 * Every one of the 10,603 communes of the 2021 list reports for 2024 (values made up in SQL from the commune code,
 * stored straight in the database): the national totals must be the sums over all communes.
 */
class NationalRollUpTest extends DatabaseTest {

    static final String V2021 = "2021-02-01";
    static final String COMMUNES = "from admin_unit u where u.version_id = '2021-02-01' and u.tier = 'commune' "
            + "and u.kind = 'territory'";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RollUp rollUp;

    @BeforeEach
    void everyCommuneReports() {
        TestDatabase.clean(jdbc);
        jdbc.update("insert into received_file (sha256, file_name, inbox_path, size_bytes, received_at, outcome) "
                + "select lpad(u.code, 64, '0'), u.code || '.xlsx', u.code || '/' || u.code || '.xlsx', 1000, "
                + "timestamp '2025-01-10 08:00:00', 'accepted' " + COMMUNES);
        jdbc.update("insert into submission (file_id, version_id, unit_code, period, received_at) "
                + "select f.file_id, u.version_id, u.code, '2024', f.received_at from admin_unit u "
                + "join received_file f on f.sha256 = lpad(u.code, 64, '0') "
                + "where u.version_id = '2021-02-01' and u.tier = 'commune' and u.kind = 'territory'");
        jdbc.update("""
                insert into observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref)
                select s.submission_id, e.element, e.disagg,
                       case e.disagg when 'M' then mod(cast(s.unit_code as int), 53) + 10
                                     when 'F' then mod(cast(s.unit_code as int), 47) + 9
                                     else case e.element when 'LIVE_BIRTHS' then mod(cast(s.unit_code as int), 53)
                                              + mod(cast(s.unit_code as int), 47) + 19
                                          when 'GOV_BODIES' then 2
                                          else mod(cast(s.unit_code as int), 3) end end,
                       'Biểu mẫu', 'D10'
                from submission s
                cross join (select 'LIVE_BIRTHS' as element, 'T' as disagg union all select 'LIVE_BIRTHS', 'M'
                            union all select 'LIVE_BIRTHS', 'F' union all select 'GOV_BODIES', 'T'
                            union all select 'GOV_BODIES_FEMALE_KEY_LEADER', 'T') e
                """);
    }

    @Test
    void nationalTotalsAreTheSumsOverAllCommunes() {
        assertThat(jdbc.queryForObject("select count(*) from submission", Integer.class)).isEqualTo(10_603);

        rollUp.run(Optional.of("2024"), true);

        List<Map<String, Object>> communeSums = jdbc.queryForList("select o.data_element, o.disagg, sum(o.amount) as total "
                + "from observation o group by o.data_element, o.disagg");
        assertThat(communeSums).hasSize(5);
        for (Map<String, Object> sum : communeSums) {
            Map<String, Object> nation = jdbc.queryForMap("select amount, units_reporting, units_expected "
                    + "from aggregate_value where version_id = ? and unit_code = 'VN' and period = '2024' "
                    + "and data_element = ? and disagg = ?", V2021, sum.get("data_element"), sum.get("disagg"));
            assertThat((BigDecimal) nation.get("amount")).isEqualByComparingTo((BigDecimal) sum.get("total"));
            assertThat(((Number) nation.get("units_reporting")).intValue()).isEqualTo(10_603);
        }
        BigDecimal provinces = jdbc.queryForObject("select sum(a.amount) from aggregate_value a join admin_unit u "
                + "on u.version_id = a.version_id and u.code = a.unit_code where a.version_id = ? and u.tier = 'province' "
                + "and u.kind = 'territory' and a.period = '2024' and a.data_element = 'LIVE_BIRTHS' and a.disagg = 'M'",
                BigDecimal.class, V2021);
        assertThat(provinces).isEqualByComparingTo(nationalBirths("M"));
        // Live births are owed by every territory: 10,603 communes, 705 districts and 63 provinces.
        assertThat(jdbc.queryForObject("select units_expected from aggregate_value where version_id = ? "
                + "and unit_code = 'VN' and period = '2024' and data_element = 'LIVE_BIRTHS' and disagg = 'M'",
                Integer.class, V2021)).isEqualTo(11_371);
        assertThat(jdbc.queryForObject("select indicator_value from indicator_result where version_id = ? "
                + "and unit_code = 'VN' and period = '2024' and indicator_code = 'SRB'", Double.class, V2021))
                .isCloseTo(nationalBirths("M").doubleValue() / nationalBirths("F").doubleValue() * 100, within(1e-6));
        BigDecimal urban = jdbc.queryForObject("select amount from group_aggregate_value where version_id = ? "
                + "and group_code = 'URBAN' and unit_code = 'VN' and period = '2024' and data_element = 'LIVE_BIRTHS' "
                + "and disagg = 'M'", BigDecimal.class, V2021);
        BigDecimal rural = jdbc.queryForObject("select amount from group_aggregate_value where version_id = ? "
                + "and group_code = 'RURAL' and unit_code = 'VN' and period = '2024' and data_element = 'LIVE_BIRTHS' "
                + "and disagg = 'M'", BigDecimal.class, V2021);
        assertThat(urban.add(rural)).isEqualByComparingTo(nationalBirths("M")); // every 2021 commune is a xã, phường or thị trấn
    }

    private BigDecimal nationalBirths(String disagg) {
        return jdbc.queryForObject("select sum(amount) from observation where data_element = 'LIVE_BIRTHS' "
                + "and disagg = ?", BigDecimal.class, disagg);
    }
}
