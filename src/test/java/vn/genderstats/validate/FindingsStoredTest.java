package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.TestDatabase;

/** Errors keep their figures out of the observations and the aggregates; warnings are stored with the figures. */
class FindingsStoredTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void keepsRefusedFiguresAndFilesOutOfTheAggregatesAndStoresEveryFindingWithItsSubmissionAndValue() throws Exception {
        Path inbox = work.resolve("inbox");
        // 01489: boys + girls ≠ births (refused), victims supported above victims detected (both refused).
        Fixture.commune().with("LIVE_BIRTHS.M", 20).with("LIVE_BIRTHS.F", 19).with("LIVE_BIRTHS.T", 40)
                .with("GBV_VICTIMS_SUPPORTED.T", 6).with("GBV_VICTIMS.T", 4).with("GBV_MODELS", 2)
                .writeTo(inbox.resolve("01489/bdg-2024.xlsx"));
        // 01477: 1,200 births at 125 boys per 100 girls (kept, with a warning).
        Fixture.unit("01477", "Thị trấn Trùng Khánh", "commune").with("GOV_BODIES", 2).with("GOV_BODIES_FEMALE_KEY_LEADER", 1)
                .births(667, 533).writeTo(inbox.resolve("01477/bdg-2024.xlsx"));
        // 01501: a version of the form that never existed (file refused); 01525: another unit's name (warning);
        // 01447: a budget beyond its bounds (that value refused).
        Fixture.unit("01501", "Xã Chí Viễn", "commune").form("01/BĐG-X", "7").with("GOV_BODIES", 2)
                .with("GOV_BODIES_FEMALE_KEY_LEADER", 1).writeTo(inbox.resolve("01501/bdg-2024.xlsx"));
        Fixture.unit("01525", "Xã Ngọc Khê", "commune").with("GOV_BODIES", 2).with("GOV_BODIES_FEMALE_KEY_LEADER", 1)
                .writeTo(inbox.resolve("01525/bdg-2024.xlsx"));
        Fixture.unit("01447", "Thị trấn Trà Lĩnh", "commune").with("GOV_BODIES", 2).with("GOV_BODIES_FEMALE_KEY_LEADER", 0)
                .with("GE_BUDGET_ALLOCATED", 2_000_000).writeTo(inbox.resolve("01447/bdg-2024.xlsx"));
        String out = work.resolve("reports").toString();

        assertThat(Cli.run("ingest", "--inbox", inbox.toString(), "--out", out).exitCode()).isEqualTo(3);
        assertThat(Cli.run("aggregate", "--out", out).exitCode()).isZero();

        assertThat(observed("01489", "LIVE_BIRTHS")).isZero();
        assertThat(observed("01489", "GBV_VICTIMS")).isZero();
        assertThat(observed("01489", "GBV_VICTIMS_SUPPORTED")).isZero();
        assertThat(observed("01489", "GBV_MODELS")).isEqualTo(1);
        assertThat(aggregate("047", "LIVE_BIRTHS", "T")).isEqualByComparingTo("1200");
        assertThat(aggregate("047", "GBV_MODELS", "T")).isEqualByComparingTo("2");
        assertThat(jdbc.queryForObject("select count(*) from aggregate_value where unit_code = '047' "
                + "and data_element in ('GBV_VICTIMS', 'GBV_VICTIMS_SUPPORTED')", Integer.class)).isZero();

        Map<String, Object> sum = finding("consistency.sex-sum");
        assertThat(sum).containsEntry("severity", "error").containsEntry("unit_code", "01489")
                .containsEntry("data_element", "LIVE_BIRTHS").containsEntry("disagg", "T");
        Map<String, Object> rule = finding("GBV_VICTIMS_SUPPORTED_NOT_ABOVE_DETECTED");
        // named as the clerk knows them, with the cells, not by the catalogue's codes
        assertThat((String) rule.get("message_en"))
                .contains("victims who received at least one basic support service = 6 (D24)")
                .contains("Victims of domestic violence and GBV detected = 4 (D22)")
                .doesNotContain("GBV_VICTIMS_SUPPORTED =");
        Map<String, Object> srb = finding("plausibility.sex-ratio-at-birth");
        assertThat(srb).containsEntry("severity", "warning").containsEntry("unit_code", "01477")
                .containsEntry("data_element", "LIVE_BIRTHS").containsEntry("disagg", "M")
                .containsEntry("outcome", "accepted_with_warnings");
        assertThat(finding("header.unit-name-mismatch")).containsEntry("severity", "warning").containsEntry("unit_code", "01525");
        assertThat(finding("value.out-of-bounds")).containsEntry("severity", "error").containsEntry("unit_code", "01447")
                .containsEntry("data_element", "GE_BUDGET_ALLOCATED");
        assertThat(observed("01447", "GE_BUDGET_ALLOCATED")).isZero();
        assertThat(observed("01447", "GOV_BODIES")).isEqualTo(1);
        Map<String, Object> refused = jdbc.queryForMap("""
                select d.submission_id, f.outcome, f.inbox_path from finding d join received_file f on f.file_id = d.file_id
                where d.rule_code = 'form.version-unknown'""");
        assertThat(refused).containsEntry("outcome", "rejected").containsEntry("inbox_path", "01501/bdg-2024.xlsx");
        assertThat(refused.get("submission_id")).isNull();
        // The warning points at a stored observation: (submission, element, breakdown) is its key.
        assertThat(jdbc.queryForObject("""
                select o.amount from observation o join finding d on d.submission_id = o.submission_id
                  and d.data_element = o.data_element and d.disagg = o.disagg
                where d.rule_code = 'plausibility.sex-ratio-at-birth'""", BigDecimal.class)).isEqualByComparingTo("667");
    }

    private int observed(String unit, String element) {
        return jdbc.queryForObject("""
                select count(*) from observation o join submission s on s.submission_id = o.submission_id
                where s.unit_code = ? and o.data_element = ?""", Integer.class, unit, element);
    }

    private BigDecimal aggregate(String unit, String element, String disagg) {
        return jdbc.queryForObject("select amount from aggregate_value where unit_code = ? and data_element = ? "
                + "and disagg = ? and period = '2024'", BigDecimal.class, unit, element, disagg);
    }

    private Map<String, Object> finding(String rule) {
        return jdbc.queryForMap("""
                select d.*, s.unit_code, f.outcome from finding d
                join submission s on s.submission_id = d.submission_id
                join received_file f on f.file_id = d.file_id
                where d.rule_code = ?""", rule);
    }
}
