package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.genderstats.validate.StructuralRulesTest.only;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.Severity;

/** The sex ratio at birth judged with the number of births behind it. */
class SexRatioAtBirthTest {

    @TempDir
    Path dir;

    @Test
    void doesNotFlagTwelveBirthsWithNineBoys() throws Exception {
        Outcome outcome = Fixture.commune().births(9, 3).check(dir);

        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void flagsTwelveHundredBirthsAtARatioOf125() throws Exception {
        Outcome outcome = Fixture.commune().births(667, 533).check(dir);

        Finding f = only(outcome, "plausibility.sex-ratio-at-birth");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageEn()).contains("125.1").contains("LIVE_BIRTHS.M = 667").contains("LIVE_BIRTHS.F = 533")
                .contains("102–109");
        assertThat(f.messageVi()).contains("125,1");
        assertThat(((Outcome.Accepted) outcome).values()).extracting(FormValue::element).contains("LIVE_BIRTHS");
    }

    @Test
    void doesNotFlagTwelveHundredBirthsAtTheNationalRatio() throws Exception {
        assertThat(Fixture.commune().births(631, 569).check(dir).findings()).isEmpty();
    }

    @Test
    void flagsAnImplausiblyLowRatioOnManyBirths() throws Exception {
        assertThat(only(Fixture.commune().births(540, 660).check(dir), "plausibility.sex-ratio-at-birth").messageEn())
                .contains("81.8");
    }

    @Test
    void wilsonIntervalMatchesThePublishedFormula() {
        // 9 boys of 12 births: Wilson 95% interval 0.468 to 0.911 (Newcombe 1998, method 3).
        SexRatioAtBirth.Interval small = SexRatioAtBirth.boyShare(9, 3, 0.95);
        assertThat(small.low()).isCloseTo(0.468, within(0.001));
        assertThat(small.high()).isCloseTo(0.911, within(0.001));
        assertThat(Normal.twoSidedQuantile(0.95)).isCloseTo(1.959964, within(1e-6));
    }
}
