package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(f.messageEn()).contains("125.1").contains("Live births (male) = 667 (").contains("Live births (female) = 533 (")
                .contains("102–109")
                // the band the report prints for the same births (report.SexRatioBandTest)
                .contains("95% interval: 111.7–140.2");
        assertThat(f.messageVi()).contains("125,1", "Số trẻ sinh ra sống (nam) = 667 (", "Số trẻ sinh ra sống (nữ) = 533 (")
                .doesNotContain("LIVE_BIRTHS");
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
}
