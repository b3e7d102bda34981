package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.genderstats.validate.StructuralRulesTest.only;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.Severity;

/** Figures of one form that contradict each other: the figures named are refused, the rest kept. */
class ConsistencyRulesTest {

    @TempDir
    Path dir;

    @Test
    void refusesTheRowWhenMalePlusFemaleIsNotTheTotal() throws Exception {
        Outcome outcome = Fixture.commune().with("LIVE_BIRTHS.M", 20).with("LIVE_BIRTHS.F", 19).with("LIVE_BIRTHS.T", 40)
                .check(dir);

        Finding f = only(outcome, "consistency.sex-sum");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).startsWith("Live births: male + female must equal the total: male 20 (E")
                .contains("female 19 (F").contains("= 39 ≠ total 40 (D");
        assertThat(f.messageVi()).startsWith("Số trẻ sinh ra sống: nam + nữ phải bằng tổng số: nam 20 (E")
                .doesNotContain("LIVE_BIRTHS", "male");
        assertThat(f.amount()).as("the total, refused with the row").isEqualByComparingTo("40");
        assertThat(f.place()).startsWith("Biểu mẫu!D");
        assertThat(accepted(outcome)).noneMatch(v -> v.element().equals("LIVE_BIRTHS"));
    }

    @Test
    void acceptsARowThatAddsUp() throws Exception {
        assertThat(Fixture.commune().births(20, 19).check(dir).findings()).isEmpty();
    }

    @Test
    void refusesAFemaleFigureAboveTheTotalWhenMaleIsBlank() throws Exception {
        Outcome outcome = Fixture.commune().with("LIVE_BIRTHS.F", 50).with("LIVE_BIRTHS.T", 40).check(dir);

        Finding f = only(outcome, "consistency.sex-above-total");
        assertThat(f.messageEn()).contains("the female figure is above the total: Live births (female) = 50 (")
                .contains("> Live births = 40 (");
        assertThat(f.messageVi()).contains("số nữ lớn hơn tổng số: Số trẻ sinh ra sống (nữ) = 50 (");
        assertThat(f.amount()).isEqualByComparingTo("50");
        assertThat(accepted(outcome)).noneMatch(v -> v.element().equals("LIVE_BIRTHS"));
    }

    @Test
    void acceptsAFemaleFigureWithinTheTotalWhenMaleIsBlank() throws Exception {
        assertThat(Fixture.commune().with("LIVE_BIRTHS.F", 30).with("LIVE_BIRTHS.T", 40).check(dir).findings()).isEmpty();
    }

    @Test
    void checksTheChildrensRowToo() throws Exception {
        Outcome outcome = Fixture.commune().with("GBV_VICTIMS.T", 5).with("GBV_VICTIMS.CHILD_T", 2)
                .with("GBV_VICTIMS.CHILD_M", 2).with("GBV_VICTIMS.CHILD_F", 1).check(dir);

        assertThat(only(outcome, "consistency.sex-sum").element()).isEqualTo("GBV_VICTIMS");
        assertThat(only(outcome, "consistency.sex-sum").disagg()).isEqualTo("CHILD_T");
    }

    /** The configured rules of jobs/rules.yaml: each fires when broken and stays quiet when kept. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BODIES_FEMALE_LEADER_NOT_ABOVE_BODIES           | GOV_BODIES_FEMALE_KEY_LEADER  | 3 | GOV_BODIES                        | 2
            GBV_VICTIMS_SUPPORTED_NOT_ABOVE_DETECTED        | GBV_VICTIMS_SUPPORTED.T       | 6 | GBV_VICTIMS.T                     | 4
            GBV_CHILD_VICTIMS_NOT_ABOVE_VICTIMS             | GBV_VICTIMS.CHILD_T           | 5 | GBV_VICTIMS.T                     | 4
            GBV_PERPETRATORS_COUNSELLED_NOT_ABOVE_DETECTED  | GBV_PERPETRATORS_COUNSELLED.T | 7 | GBV_PERPETRATORS_NOT_PROSECUTED.T | 3
            """)
    void refusesBothFiguresOfABrokenConfiguredRule(String rule, String part, int partValue, String whole, int wholeValue)
            throws Exception {
        Outcome broken = Fixture.commune().with(part, partValue).with(whole, wholeValue).check(dir);

        Finding f = only(broken, rule);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).contains(name(part) + " = " + partValue + " (").contains(name(whole) + " = " + wholeValue + " (")
                .contains("rule " + rule).doesNotContain(key(part), key(whole));
        assertThat(f.amount()).isEqualByComparingTo(String.valueOf(partValue));
        assertThat(f.messageVi()).contains("quy tắc " + rule);
        assertThat(accepted(broken)).extracting(v -> v.element() + "." + v.disagg())
                .doesNotContain(key(part), key(whole));

        Outcome kept = Fixture.commune().with(part, wholeValue).with(whole, wholeValue).check(dir);
        assertThat(kept.findings()).extracting(Finding::rule).doesNotContain(rule);
        assertThat(accepted(kept)).extracting(v -> v.element() + "." + v.disagg()).contains(key(part), key(whole));
    }

    @Test
    void skipsARuleWhenOneOfItsFiguresIsBlank() throws Exception {
        Outcome outcome = Fixture.commune().with("GBV_VICTIMS_SUPPORTED.T", 6).check(dir);

        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void judgesARuleWithBlanksAsZeroWhenConfiguredSo() throws Exception {
        // GBV_CASES_HANDLED_NOT_ABOVE_DETECTED is "skip_if_all_missing": two of the four forms of violence suffice.
        Outcome outcome = Fixture.commune().with("GBV_CASES_HANDLED", 5).with("GBV_CASES_PHYSICAL", 2)
                .with("GBV_CASES_SEXUAL", 1).check(dir);

        assertThat(only(outcome, "GBV_CASES_HANDLED_NOT_ABOVE_DETECTED").messageEn()).contains("5 <= 3 does not hold");
    }

    @Test
    void keepsTheFiguresOfABrokenWarningRule() throws Exception {
        ValidationRules withWarning = RulesLoaderTest.load("""
                forms:
                  - {id: "01/BĐG-X", periods: [annual]}
                rules:
                  - name: FEW_MODELS_FOR_MANY_CASES
                    left: "GBV_MODELS"
                    operator: ">="
                    right: "GBV_CASES_PHYSICAL"
                    severity: warning
                    tiers: [commune]
                    message: {vi: "Ít mô hình so với số vụ", en: "Few models for the cases"}
                """);
        Path file = Fixture.commune().with("GBV_MODELS", 1).with("GBV_CASES_PHYSICAL", 9).writeTo(dir.resolve("w.xlsx"));

        Outcome outcome = new DryRun(new vn.genderstats.form.FormReader(Fixture.CATALOG), Fixture.sdmxReader(),
                new SubmissionValidator(Fixture.CATALOG, Fixture.HIERARCHY, Fixture.CLOCK, withWarning))
                .check(file).getFirst().outcome();

        Finding f = only(outcome, "FEW_MODELS_FOR_MANY_CASES");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageEn()).contains("Few models for the cases: 1 >= 9 does not hold").doesNotContain("not accepted");
        assertThat(accepted(outcome)).extracting(FormValue::element).contains("GBV_MODELS", "GBV_CASES_PHYSICAL");
    }

    /** "Live births (female)" for "LIVE_BIRTHS.F". */
    private static String name(String code) {
        String[] parts = key(code).split("\\.");
        return Fixture.CATALOG.figureName(parts[0], parts[1], "en");
    }

    private static String key(String code) {
        return code.contains(".") ? code : code + ".T";
    }

    private static java.util.List<FormValue> accepted(Outcome outcome) {
        return ((Outcome.Accepted) outcome).values();
    }
}
