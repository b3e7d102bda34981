package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.genderstats.validate.StructuralRulesTest.only;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;

/** A wrong figure is refused alone; the rest of the form is kept. */
class ValueRulesTest {

    @TempDir
    Path dir;

    @Test
    void refusesANegativeCountAndKeepsTheOtherFigures() throws Exception {
        Outcome outcome = Fixture.commune().with("GBV_MODELS", -3).with("TRUSTED_ADDRESSES", 4).check(dir);

        Outcome.Accepted accepted = (Outcome.Accepted) outcome;
        Finding f = only(outcome, "value.negative");
        assertThat(f.messageEn()).contains("Models promoting gender equality and GBV prevention and response in operation = -3")
                .doesNotContain("GBV_MODELS");
        assertThat(f.messageVi()).contains("Số mô hình thúc đẩy bình đẳng giới").contains("= -3").doesNotContain("GBV_MODELS");
        assertThat(f.element()).isEqualTo("GBV_MODELS");
        assertThat(f.amount()).isEqualByComparingTo("-3");
        assertThat(accepted.values()).extracting(FormValue::element)
                .doesNotContain("GBV_MODELS").contains("TRUSTED_ADDRESSES", "GOV_BODIES");
    }

    @Test
    void refusesAFractionalCount() throws Exception {
        Outcome outcome = Fixture.commune().with("GBV_MODELS", 2.5).check(dir);

        assertThat(only(outcome, "value.not-whole").messageEn()).contains("= 2.5");
        assertThat(only(outcome, "value.not-whole").messageVi()).contains("= 2,5");
        assertThat(((Outcome.Accepted) outcome).values()).extracting(FormValue::element).doesNotContain("GBV_MODELS");
    }

    @Test
    void acceptsWholeCountsAndZero() throws Exception {
        assertThat(Fixture.commune().with("GBV_MODELS", 0).with("TRUSTED_ADDRESSES", 12).check(dir).findings()).isEmpty();
    }

    @Test
    void refusesAnAmountOutsideItsBounds() throws Exception {
        Outcome outcome = Fixture.commune().with("GE_BUDGET_ALLOCATED", 2_000_000).with("GE_BUDGET_SPENT", 35.5).check(dir);

        Finding f = only(outcome, "value.out-of-bounds");
        assertThat(f.messageEn()).contains("Budget allocated to gender-equality work = 2,000,000").contains("0–1,000,000")
                .doesNotContain("GE_BUDGET");
        assertThat(f.messageVi()).contains("Kinh phí được bố trí (dự toán) cho công tác bình đẳng giới = 2.000.000")
                .contains("0–1.000.000");
        assertThat(((Outcome.Accepted) outcome).values()).extracting(FormValue::element)
                .doesNotContain("GE_BUDGET_ALLOCATED").contains("GE_BUDGET_SPENT");
    }

    @Test
    void refusesAYesNoAnswerThatIsNeither() throws Exception {
        Outcome outcome = Fixture.unit("04", "Tỉnh Cao Bằng", "province").kind("national")
                .with("GE_CURRICULA_ASSESSED", 2).with("GE_CONTENT_GENERAL_EDUCATION", 1).check(dir);

        assertThat(only(outcome, "value.not-yes-no").messageEn())
                .contains("Integration of gender-equality content into curricula assessed for the period (1 = yes) = 2")
                .doesNotContain("GE_CURRICULA_ASSESSED");
        assertThat(((Outcome.Accepted) outcome).values()).extracting(FormValue::element)
                .containsExactly("GE_CONTENT_GENERAL_EDUCATION");
    }
}
