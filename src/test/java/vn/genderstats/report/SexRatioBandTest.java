package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;

/** The band the report prints beside the sex ratio at birth. */
class SexRatioBandTest {

    private static PeriodFigures srb(double boys, double girls) {
        return new PeriodFigures(Map.of(), Map.of("SRB", new IndicatorFigure(BigDecimal.valueOf(boys), BigDecimal.valueOf(girls),
                100 * boys / girls, "native")));
    }

    @Test
    void printsTheBandThePlausibilityCheckJudgesBy() {
        // 667 boys and 533 girls: the check warns with "95% interval: 111.7–140.2" (validate.SexRatioAtBirthTest).
        SexRatioBand band = SexRatioBand.of(Map.of(Period.annual(2024), srb(667, 533)), "SRB").getFirst();

        assertThat(band.births()).isEqualTo(1200);
        assertThat(band.ratio()).isEqualTo(100.0 * 667 / 533);
        assertThat(String.format(Locale.ROOT, "%.1f–%.1f", band.interval().low(), band.interval().high()))
                .isEqualTo("111.7–140.2");
    }

    @Test
    void leavesOutPeriodsWithoutAValue() {
        Map<Period, PeriodFigures> series = new LinkedHashMap<>();
        series.put(Period.annual(2022), new PeriodFigures(Map.of(), Map.of()));
        series.put(Period.annual(2023), srb(60, 40));
        series.put(Period.annual(2024), new PeriodFigures(Map.of(), Map.of("SRB",
                new IndicatorFigure(BigDecimal.TEN, BigDecimal.ZERO, null, "native"))));

        assertThat(SexRatioBand.of(series, "SRB")).extracting(SexRatioBand::period).containsExactly(Period.annual(2023));
    }

    @Test
    void takesApportionedBirthsAsTheyAre() {
        // Restated by weight, a unit's births need not be whole.
        SexRatioBand band = SexRatioBand.of(Map.of(Period.annual(2024), srb(52.5, 47.5)), "SRB").getFirst();

        assertThat(band.births()).isEqualTo(100.0);
        assertThat(band.interval().low()).isCloseTo(74.8, within(0.1));
        assertThat(band.interval().high()).isCloseTo(163.2, within(0.1));
    }
}
