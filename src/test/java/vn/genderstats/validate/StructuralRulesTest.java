package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.form.Finding;
import vn.genderstats.form.Severity;
import vn.genderstats.period.Period;

/** Who sends, for which period, on which form: a structural error refuses the whole file. */
class StructuralRulesTest {

    @TempDir
    Path dir;

    @Test
    void acceptsACleanCommuneForm() throws Exception {
        Outcome outcome = Fixture.commune().births(20, 19).check(dir);

        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        assertThat(outcome.findings()).isEmpty();
    }

    @Nested
    class UnitInTheHierarchyOfThePeriod {

        @Test
        void refusesADistrictCodeForAPeriodAfterTheDistrictTierWasAbolished() throws Exception {
            Outcome outcome = Fixture.unit("047", "Huyện Trùng Khánh", "district").with("GOV_BODIES", 2)
                    .with("GOV_BODIES_FEMALE_KEY_LEADER", 1).period(Period.annual(2025)).check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            Finding f = only(outcome, "header.unit-unknown");
            assertThat(f.messageEn()).contains("\"047\"").contains("2025-07-01");
            assertThat(f.messageVi()).contains("không có trong danh mục");
        }

        @Test
        void acceptsTheSameDistrictCodeForAPeriodBeforeTheReform() throws Exception {
            Outcome outcome = Fixture.unit("047", "Huyện Trùng Khánh", "district").with("GOV_BODIES", 2)
                    .with("GOV_BODIES_FEMALE_KEY_LEADER", 1).period(Period.annual(2024)).check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
            assertThat(((Outcome.Accepted) outcome).unit().versionId()).isEqualTo("2021-02-01");
        }

        @Test
        void readsCode24AsBacGiangIn2024AndAsTheNewBacNinhIn2026() throws Exception {
            Fixture bacGiang = Fixture.unit("24", "Tỉnh Bắc Giang", "province").with("GOV_BODIES", 2)
                    .with("GOV_BODIES_FEMALE_KEY_LEADER", 1);

            assertThat(bacGiang.period(Period.annual(2024)).check(dir).findings()).isEmpty();
            Outcome in2026 = bacGiang.period(Period.annual(2026)).check(dir);
            assertThat(in2026).isInstanceOf(Outcome.Accepted.class);
            assertThat(only(in2026, "header.unit-name-mismatch").messageEn()).contains("Tỉnh Bắc Ninh");
        }
    }

    @Nested
    class UnitName {

        @Test
        void warnsWhenTheNameIsAnotherUnits() throws Exception {
            Outcome outcome = Fixture.commune().name("Xã Ngọc Khê").check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
            Finding f = only(outcome, "header.unit-name-mismatch");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.place()).startsWith("Biểu mẫu!");
            assertThat(f.messageVi()).contains("Xã Ngọc Khê").contains("01489").contains("Xã Đình Phong");
        }

        @Test
        void acceptsTheNameWithoutDiacriticsCaseOrUnitType() throws Exception {
            assertThat(Fixture.commune().name("DINH PHONG").check(dir).findings()).isEmpty();
            assertThat(Fixture.commune().name("xa dinh phong").check(dir).findings()).isEmpty();
        }
    }

    @Nested
    class ThePeriod {

        @Test
        void refusesAPeriodThatCannotBeRead() throws Exception {
            Outcome outcome = Fixture.commune().retype("Kỳ báo cáo: Năm 2024", "Kỳ báo cáo: Năm nay").check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            assertThat(only(outcome, "header.period-invalid").messageEn()).contains("\"Năm nay\"");
        }

        @Test
        void refusesAPeriodThatHasNotStarted() throws Exception {
            Outcome outcome = Fixture.commune().period(Period.annual(2027)).check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            assertThat(only(outcome, "header.period-future").messageEn()).contains("Year 2027");
        }

        @Test
        void acceptsTheCurrentYearBeforeItEnds() throws Exception {
            assertThat(Fixture.commune().period(Period.annual(2026)).check(dir)).isInstanceOf(Outcome.Accepted.class);
        }

        @Test
        void refusesAPeriodTheFormIsNotFilledFor() throws Exception {
            ValidationRules annualOnly = new ValidationRules(
                    java.util.List.of(new FormRules("01/BĐG-X", java.util.Set.of(), java.util.Set.of(Period.Kind.ANNUAL),
                            java.util.List.of())),
                    Fixture.RULES.bounds(), Fixture.RULES.rules(), Fixture.RULES.plausibility());
            Path file = Fixture.commune().period(Period.firstHalf(2024)).writeTo(dir.resolve("s1.xlsx"));

            Outcome outcome = new DryRun(new vn.genderstats.form.FormReader(Fixture.CATALOG), Fixture.sdmxReader(),
                    new SubmissionValidator(Fixture.CATALOG, Fixture.HIERARCHY, Fixture.CLOCK, annualOnly))
                    .check(file).getFirst().outcome();

            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            assertThat(only(outcome, "header.period-not-for-form").messageEn())
                    .contains("01/BĐG-X").contains("First six months of 2024");
        }
    }

    @Nested
    class TheForm {

        @Test
        void readsAFormTheCatalogueDoesNotKnowByItsCodesWithAWarning() throws Exception {
            Outcome outcome = Fixture.commune().form("BM-99", "1").check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
            Finding f = only(outcome, "form.unknown");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageEn()).contains("BM-99");
        }

        @Test
        void refusesAVersionThatNeverExisted() throws Exception {
            Outcome outcome = Fixture.commune().form("01/BĐG-X", "7").check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            assertThat(only(outcome, "form.version-unknown").messageEn()).contains("\"7\"").contains("01/BĐG-X");
        }

        @Test
        void acceptsAKnownOlderVersionWithAWarning() throws Exception {
            ValidationRules withOlder = new ValidationRules(
                    java.util.List.of(new FormRules("01/BĐG-X", java.util.Set.of("2025.1"),
                            java.util.Set.of(Period.Kind.values()), java.util.List.of())),
                    Fixture.RULES.bounds(), Fixture.RULES.rules(), Fixture.RULES.plausibility());
            Path file = Fixture.commune().form("01/BĐG-X", "2025.1").writeTo(dir.resolve("old.xlsx"));

            Outcome outcome = new DryRun(new vn.genderstats.form.FormReader(Fixture.CATALOG), Fixture.sdmxReader(),
                    new SubmissionValidator(Fixture.CATALOG, Fixture.HIERARCHY, Fixture.CLOCK, withOlder))
                    .check(file).getFirst().outcome();

            assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
            assertThat(outcome.findings()).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING)
                    .anyMatch(f -> f.rule().equals("form.version-old") || f.rule().equals("form.other-version"));
        }
    }

    @Nested
    class RequiredFigures {

        @Test
        void refusesAFormWithoutTheNumberOfBodies() throws Exception {
            Outcome outcome = Fixture.commune().without("GOV_BODIES").births(20, 19).check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            Finding f = only(outcome, "form.required-missing");
            assertThat(f.messageEn()).contains("A required figure is missing: Bodies (People's Council");
            assertThat(f.element()).isEqualTo("GOV_BODIES");
        }

        @Test
        void flagsAFormWithoutAnyFigure() throws Exception {
            Outcome outcome = Fixture.commune().without("GOV_BODIES").without("GOV_BODIES_FEMALE_KEY_LEADER").check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
            assertThat(only(outcome, "form.empty").severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void doesNotAskANationalInputFormForBodies() throws Exception {
            Outcome outcome = Fixture.unit("04", "Tỉnh Cao Bằng", "province").kind("national")
                    .with("EMPLOYED.T", 300).with("EMPLOYED.M", 160).with("EMPLOYED.F", 140).check(dir);

            assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
            assertThat(outcome.findings()).isEmpty();
        }
    }

    static Finding only(Outcome outcome, String rule) {
        assertThat(outcome.findings()).extracting(Finding::rule).containsOnlyOnce(rule);
        return outcome.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }
}
