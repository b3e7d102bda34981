package vn.genderstats.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.aggregate.Aggregates.IndicatorValue;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.Target;
import vn.genderstats.hierarchy.SplitRule;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 15: a blank is not a zero (a ratio is summed over the units that gave both its parts, and says how many
 * that is), and restated shares of a split commune add back exactly to what it reported.
 */
class BlanksAndApportionmentTest extends ProvinceTest {

    static final String V2021 = "2021-02-01";
    static final String V2025_03 = "2025-03-01";
    static final String V2025_07 = "2025-07-01";
    static final LocalDateTime ON_TIME = LocalDateTime.of(2024, 5, 2, 10, 0);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RollUp rollUp;

    @Autowired
    Aggregates aggregates;

    @Autowired
    Catalog catalog;

    Submissions submissions;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.clean(jdbc);
        submissions = new Submissions(jdbc);
    }

    @Test
    void aBlankOfWhichIsLeftOutOfTheShareNotSummedAsZero() {
        // Trùng Khánh (047): Tri Phương reviewed 4 conventions and left "non-discriminatory" blank; Quang Hán 10 of 10.
        submissions.submit(V2021, "01453", "2024", ON_TIME, Map.of("CONVENTIONS_REVIEWED.T", 4));
        submissions.submit(V2021, "01456", "2024", ON_TIME,
                Map.of("CONVENTIONS_REVIEWED.T", 10, "CONVENTIONS_NON_DISCRIMINATORY.T", 10));

        rollUp.run(Optional.empty(), true);

        for (String unit : List.of("047", "04", "VN")) {
            IndicatorValue share = indicator(unit, "CONVENTIONS_NON_DISCRIMINATORY_SHARE");
            // 10/10 = 100 %, not 10/14 = 71,4 %
            assertThat(share.value()).isCloseTo(100.0, within(1e-9));
            assertThat(share.numerator()).isEqualByComparingTo("10");
            assertThat(share.denominator()).isEqualByComparingTo("10");
            assertThat(share.coverage().unitsReporting()).isEqualTo(1);
            assertThat(share.coverage().unitsPartial()).isEqualTo(1);
            assertThat(share.coverage().unitsSending()).isEqualTo(2);
            assertThat(share.coverage().unitsExpected()).isEqualTo(owed(unit, "CONVENTIONS_REVIEWED"));
        }
        // The count itself still adds up over everyone who gave it.
        assertThat(sum("047", "CONVENTIONS_REVIEWED", "T")).isEqualByComparingTo("14");
        // The QĐ1790 target for 2025 (at least 95 %) is met, as it should be.
        Target target = catalog.indicator("CONVENTIONS_NON_DISCRIMINATORY_SHARE").orElseThrow().target().orElseThrow();
        assertThat(target.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(indicator("047", "CONVENTIONS_NON_DISCRIMINATORY_SHARE").value())
                .isGreaterThanOrEqualTo(target.y2025().doubleValue());
        // Both communes are xã: the rural group's share follows the same rule.
        assertThat(jdbc.queryForObject("select indicator_value from group_indicator_result where version_id = ? "
                + "and group_code = 'RURAL' and unit_code = '047' and period = '2024' "
                + "and indicator_code = 'CONVENTIONS_NON_DISCRIMINATORY_SHARE'", Double.class, V2021))
                .isCloseTo(100.0, within(1e-9));
        // The commune with the blank has no share of its own.
        assertThat(aggregates.indicators(V2021, "2024", List.of("01453"))).isEmpty();
    }

    @Test
    void theSexRatioAndTheFemaleLeaderShareCountOnlyUnitsGivingBothParts() {
        // Sông Hiến: 12 boys, girls blank; Sông Bằng: 50 boys, 40 girls. Bodies: Sông Hiến 2 with the female-led
        // count blank, Sông Bằng 2 of which 1 female-led.
        submissions.submit(V2021, "01267", "2024", ON_TIME, Map.of("LIVE_BIRTHS.M", 12, "GOV_BODIES.T", 2));
        submissions.submit(V2021, "01270", "2024", ON_TIME, Map.of("LIVE_BIRTHS.M", 50, "LIVE_BIRTHS.F", 40,
                "GOV_BODIES.T", 2, "GOV_BODIES_FEMALE_KEY_LEADER.T", 1));

        rollUp.run(Optional.empty(), true);

        IndicatorValue srb = indicator("040", "SRB");
        assertThat(srb.value()).isCloseTo(50.0 / 40 * 100, within(1e-9)); // not 62/40
        assertThat(srb.coverage().unitsReporting()).isEqualTo(1);
        assertThat(srb.coverage().unitsPartial()).isEqualTo(1);
        IndicatorValue leaders = indicator("040", "BODIES_FEMALE_KEY_LEADER_SHARE");
        assertThat(leaders.value()).isCloseTo(50.0, within(1e-9)); // 1 of 2, not 1 of 4
        assertThat(leaders.denominator()).isEqualByComparingTo("2");
        assertThat(sum("040", "LIVE_BIRTHS", "M")).isEqualByComparingTo("62");
        assertThat(sum("040", "GOV_BODIES", "T")).isEqualByComparingTo("4");
    }

    @Test
    void apportionedSharesOfASplitCommuneAddBackExactlyToWhatItReported() {
        // Bát Tràng (00583 on the list of 1 March 2025) went to 00145, 00565 and 00577, weighed 1 : 1 : 1.
        List<String> parts = List.of("00145", "00565", "00577");
        assertThat(jdbc.queryForList("select to_code from unit_succession where from_version = ? and from_code = '00583' "
                + "and kind = 'partial' order by to_code", String.class, V2025_03)).isEqualTo(parts);
        Map<String, Integer> reported = Map.of("T", 256, "M", 135, "F", 121);
        submissions.submit(V2025_03, "00583", "2025S1", ON_TIME.withYear(2025), Map.of("LIVE_BIRTHS.T", reported.get("T"),
                "LIVE_BIRTHS.M", reported.get("M"), "LIVE_BIRTHS.F", reported.get("F")));
        List<Map<String, Object>> saved = jdbc.queryForList("select to_code, weight from unit_succession "
                + "where from_version = ? and from_code = '00583'", V2025_03);
        try {
            // As the weights file's 1, 1, 1 are stored: each over their sum, to 12 digits.
            BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), new MathContext(12));
            jdbc.update("update unit_succession set weight = ? where from_version = ? and from_code = '00583'",
                    third, V2025_03);

            rollUp.run(Optional.empty(), true, SplitRule.APPORTION);
            Map<String, Map<String, BigDecimal>> first = restatedBirths(parts);
            rollUp.run(Optional.empty(), true, SplitRule.APPORTION);

            assertThat(restatedBirths(parts)).as("the same parts on every run").isEqualTo(first);
            reported.forEach((disagg, amount) -> {
                Map<String, BigDecimal> shares = first.get(disagg);
                // 256 and 121, not 255,99 and 120,99
                assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as(disagg).isEqualByComparingTo(BigDecimal.valueOf(amount));
                BigDecimal exact = BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(3), new MathContext(20));
                shares.values().forEach(share -> assertThat(share.subtract(exact).abs())
                        .as(disagg).isLessThan(new BigDecimal("0.01")));
                // Equal remainders: the extra cent goes to the first code.
                assertThat(shares.get("00145")).as(disagg).isEqualByComparingTo(shares.values().stream()
                        .max(BigDecimal::compareTo).orElseThrow());
            });
            assertThat(jdbc.queryForObject("select amount from aggregate_value where version_id = ? and unit_code = '01' "
                    + "and period = '2025S1' and data_element = 'LIVE_BIRTHS' and disagg = 'T'", BigDecimal.class,
                    V2025_07)).isEqualByComparingTo("256");
        } finally {
            saved.forEach(r -> jdbc.update("update unit_succession set weight = ? where from_version = ? "
                    + "and from_code = '00583' and to_code = ?", r.get("weight"), V2025_03, r.get("to_code")));
        }
    }

    /** Restated live births of the units by sex, e.g. "T" → {"00145" → 85,34, …}. */
    private Map<String, Map<String, BigDecimal>> restatedBirths(List<String> units) {
        Map<String, Map<String, BigDecimal>> births = new java.util.TreeMap<>();
        for (Aggregates.Sum sum : aggregates.sums(V2025_07, "2025S1", units, List.of("LIVE_BIRTHS"))) {
            assertThat(sum.unitsReporting()).isEqualTo(1);
            births.computeIfAbsent(sum.disagg(), k -> new java.util.TreeMap<>()).put(sum.unitCode(), sum.amount());
        }
        return births;
    }

    private IndicatorValue indicator(String unit, String code) {
        return aggregates.indicators(V2021, "2024", List.of(unit)).stream()
                .filter(i -> i.indicator().equals(code)).findFirst().orElseThrow();
    }

    private BigDecimal sum(String unit, String element, String disagg) {
        return aggregates.sums(V2021, "2024", List.of(unit), List.of(element)).stream()
                .filter(s -> s.disagg().equals(disagg)).findFirst().orElseThrow().amount();
    }

    private Integer owed(String unit, String element) {
        return aggregates.sums(V2021, "2024", List.of(unit), List.of(element)).getFirst().unitsExpected();
    }
}
