package vn.genderstats.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson's interval for the share of boys, and the sex ratio at birth read from it. */
class SexRatioIntervalTest {

    @Test
    void wilsonIntervalMatchesThePublishedFormula() {
        // 9 boys of 12 births: Wilson 95% interval 0.468 to 0.911 (Newcombe 1998, method 3).
        WilsonInterval small = WilsonInterval.of(9, 12, 0.95);
        assertThat(small.low()).isCloseTo(0.468, within(0.001));
        assertThat(small.high()).isCloseTo(0.911, within(0.001));
        assertThat(Normal.twoSidedQuantile(0.95)).isCloseTo(1.959964, within(1e-6));
    }

    @Test
    void sixtyBoysAndFortyGirlsGiveABandOf101To223NotTheWaldBand() {
        SexRatioInterval srb = SexRatioInterval.of(60, 40, 0.95);

        assertThat(srb.low()).isCloseTo(100.80, within(0.01));
        assertThat(srb.high()).isCloseTo(223.20, within(0.01));
        // The Wald interval p ± 1.96·√(p(1−p)/n) the report used to print: 101.6–229.0.
        assertThat(srb.high()).isLessThan(229.0);
    }

    @Test
    void theBandNarrowsWithTheNumberOfBirths() {
        SexRatioInterval commune = SexRatioInterval.of(9, 3, 0.95);
        SexRatioInterval province = SexRatioInterval.of(5600, 5000, 0.95);

        assertThat(commune.low()).isCloseTo(87.9, within(0.1));
        assertThat(commune.high()).isCloseTo(1024.3, within(0.1));
        assertThat(province.low()).isCloseTo(107.8, within(0.1));
        assertThat(province.high()).isCloseTo(116.4, within(0.1));
    }

    @Test
    void noGirlsGiveAnOpenBand() {
        SexRatioInterval srb = SexRatioInterval.of(5, 0, 0.95);

        assertThat(srb.high()).isInfinite();
        assertThat(SexRatioInterval.ratio(0.5)).isEqualTo(100.0);
    }
}
