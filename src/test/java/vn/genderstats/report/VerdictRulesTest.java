package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.genderstats.catalog.Direction;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.catalog.Target;
import vn.genderstats.period.Period;
import vn.genderstats.report.Verdict.Status;
import vn.genderstats.report.VerdictRules.Coverage;
import vn.genderstats.report.VerdictRules.Figure;

/** The verdict rules as shipped in jobs/verdicts.yaml, one table of cases per rule. */
class VerdictRulesTest {

    private static final VerdictRules RULES = VerdictRules.load(Path.of("jobs/verdicts.yaml"));
    private static final LocalizedText NOTE = new LocalizedText("", "");
    private static final Target LEADERS = target("1.1", 60, 75, Direction.AT_LEAST);
    private static final Target GBV_SUPPORT = target("3.2a", 80, 90, Direction.AT_LEAST);
    private static final Target TRAFFICKING = target("3.3", 100, 100, Direction.EQUAL);
    private static final Target FACILITIES = target("3.4", 70, 100, Direction.AT_LEAST);
    private static final Target SRB = target("4.1", 111, 109, Direction.AT_MOST);
    private static final Target CURRICULA = new Target("5.2", BigDecimal.ONE, null, Direction.EQUAL, NOTE);
    private static final Coverage FULL = new Coverage(178, 178);

    private static Target target(String id, double y2025, double y2030, Direction direction) {
        return new Target(id, BigDecimal.valueOf(y2025), BigDecimal.valueOf(y2030), direction, NOTE);
    }

    /** A figure resting on 200 (bodies, victims, facilities…) with every report in. */
    private static Figure f(String period, double value) {
        return new Figure(Period.parse(period), value, 200, FULL);
    }

    private static Figure births(String period, double ratio, double births) {
        return new Figure(Period.parse(period), ratio, births, FULL);
    }

    static Stream<Arguments> milestoneYear() {
        return Stream.of(
                // Cao Bằng 2025 (issue 16): a rising trend must not turn 57,1 against 60 into "on track".
                arguments(LEADERS, List.of(f("2022", 45), f("2023", 50), f("2024", 54), f("2025", 57.1)),
                        Status.NOT_ACHIEVED),
                arguments(FACILITIES, List.of(f("2023", 50), f("2024", 60), f("2025", 64.0)), Status.NOT_ACHIEVED),
                arguments(LEADERS, List.of(f("2024", 70), f("2025", 60.0)), Status.ACHIEVED),
                arguments(SRB, List.of(births("2025", 110.5, 5000)), Status.ACHIEVED),
                arguments(SRB, List.of(births("2025", 112.0, 5000)), Status.NOT_ACHIEVED),
                arguments(TRAFFICKING, List.of(f("2025", 85.7)), Status.NOT_ACHIEVED),
                arguments(TRAFFICKING, List.of(f("2025", 100)), Status.ACHIEVED),
                arguments(CURRICULA, List.of(f("2025", 1)), Status.ACHIEVED),
                arguments(CURRICULA, List.of(f("2025", 0.5)), Status.NOT_ACHIEVED));
    }

    @ParameterizedTest
    @MethodSource("milestoneYear")
    void inTheMilestoneYearTheObservedValueDecides(Target target, List<Figure> figures, Status expected) {
        assertThat(RULES.judge(target, Period.annual(2025), figures))
                .singleElement().satisfies(v -> {
                    assertThat(v.status()).isEqualTo(expected);
                    assertThat(v.milestone()).isEqualTo(2025);
                    assertThat(v.provisional()).isFalse();
                });
    }

    static Stream<Arguments> beforeTheMilestone() {
        return Stream.of(
                // 50, 53, 56: the line reaches 62 in 2025.
                arguments(LEADERS, List.of(f("2021", 50), f("2022", 53), f("2023", 56)), Status.ON_TRACK),
                // Flat at 55: 5 points short, within the 5-point band.
                arguments(LEADERS, List.of(f("2023", 55), f("2024", 55)), Status.AT_RISK),
                // Falling by 2,5 a year: 40 in 2025.
                arguments(LEADERS, List.of(f("2022", 50), f("2023", 47.5), f("2024", 45)), Status.OFF_TRACK),
                // Noisy values: the line's prediction interval reaches the target, so at risk rather than off track.
                arguments(LEADERS, List.of(f("2021", 40), f("2022", 52), f("2023", 38), f("2024", 50)), Status.AT_RISK),
                // SRB 119 from 10.000 births: the interval (about 114–124) stays clear of 111 + 2.
                arguments(SRB, List.of(births("2024", 119, 10_000)), Status.OFF_TRACK),
                // The same ratio from 1.500 births: the interval reaches down to 111 + 2.
                arguments(SRB, List.of(births("2024", 119, 1_500)), Status.AT_RISK),
                arguments(SRB, List.of(births("2023", 111.5, 8_000), births("2024", 112, 8_000)), Status.AT_RISK),
                arguments(SRB, List.of(births("2023", 110, 8_000), births("2024", 109.5, 8_000)), Status.ON_TRACK));
    }

    @ParameterizedTest
    @MethodSource("beforeTheMilestone")
    void beforeTheMilestoneTheTrendIsProjectedWithItsUncertainty(Target target, List<Figure> figures,
            Status expected) {
        Period period = figures.getLast().period();
        assertThat(RULES.judge(target, period, figures)).singleElement()
                .extracting(Verdict::status).isEqualTo(expected);
    }

    static Stream<Arguments> notJudged() {
        return Stream.of(
                // A commune's half-year of a few dozen births: SRB 93 is neither đạt nor anything else.
                arguments(SRB, "2026S1", List.of(births("2026S1", 93.0, 58)), "chỉ đánh giá số liệu cả năm"),
                arguments(SRB, "2024", List.of(births("2024", 93.0, 58)), "chỉ 58 trẻ sinh, cần ít nhất 1.000"),
                // A province's half-year 3.2a is not judged against the annual target.
                arguments(GBV_SUPPORT, "2024S1", List.of(f("2024S1", 40)), "chỉ đánh giá số liệu cả năm"),
                // 28 of 178 reporting units (issue 16, Cao Bằng 2024).
                arguments(LEADERS, "2024", List.of(new Figure(Period.annual(2024), 57.1, 200, new Coverage(28, 178))),
                        "số liệu của 28/178 (15,7%) đơn vị phải báo cáo, dưới 80%"),
                // A commune's two bodies.
                arguments(LEADERS, "2024", List.of(new Figure(Period.annual(2024), 50, 2, FULL)),
                        "mẫu số 2, cần ít nhất 10"));
    }

    @ParameterizedTest
    @MethodSource("notJudged")
    void aVerdictIsWithheldBelowTheRulesCoverageSampleOrPeriod(Target target, String period, List<Figure> figures,
            String reason) {
        Verdict verdict = RULES.judge(target, Period.parse(period), figures).getLast();
        assertThat(verdict.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(verdict.label("vi")).isEqualTo("Không đánh giá: " + reason);
    }

    @Test
    void aHalfYearStockShareIsJudgedProvisionallyAgainstTheTrend() {
        List<Figure> figures = List.of(f("2022", 52), f("2023", 55), f("2024", 58), f("2025S1", 59));

        Verdict verdict = RULES.judge(LEADERS, Period.firstHalf(2025), figures).getFirst();

        assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
        assertThat(verdict.label("vi")).isEqualTo("Đúng hướng (tạm tính)");
        assertThat(verdict.label("en")).isEqualTo("On track (provisional)");
    }

    @Test
    void afterTwentyTwentyFiveTheTwentyTwentyFiveVerdictStaysAndTwentyThirtyIsProjected() {
        List<Figure> figures = List.of(f("2023", 50), f("2024", 54), f("2025", 57.1), f("2026", 62), f("2027", 66));

        List<Verdict> verdicts = RULES.judge(LEADERS, Period.annual(2027), figures);

        // 2025 stays "chưa đạt" although 2026 and 2027 passed 60; the line reaches 75 by 2030.
        assertThat(verdicts).extracting(Verdict::milestone, Verdict::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, Status.NOT_ACHIEVED),
                        org.assertj.core.groups.Tuple.tuple(2030, Status.ON_TRACK));
        assertThat(RULES.judge(LEADERS, Period.annual(2030), List.of(f("2025", 61), f("2030", 74))))
                .extracting(Verdict::status).containsExactly(Status.ACHIEVED, Status.NOT_ACHIEVED);
        assertThat(RULES.judge(CURRICULA, Period.annual(2027), List.of(f("2025", 1), f("2027", 1))))
                .extracting(Verdict::status).containsExactly(Status.ACHIEVED, Status.ON_TRACK);
    }

    @Test
    void aTargetsOwnKeysReplaceTheDefaultsOneByOne() {
        assertThat(RULES.rule("4.1")).isEqualTo(new VerdictRules.Rule(VerdictRules.Judged.ANNUAL, 80.0, 1000.0,
                VerdictRules.Sample.BIRTHS, 2.0));
        assertThat(RULES.rule("1.1").judged()).isEqualTo(VerdictRules.Judged.PROVISIONAL);
        assertThat(RULES.rule("2.1")).isEqualTo(RULES.defaults());
    }
}
