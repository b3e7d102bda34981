package vn.genderstats.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

    static final String ELEMENTS = """
            forms:
              - id: "01/BĐG-X"
                version: "1"
                tier: commune
                unitKind: territory
                title: {vi: "BÁO CÁO CẤP XÃ", en: "COMMUNE REPORT"}
            dataElements:
              - code: LIVE_BIRTHS
                name: {vi: "Số trẻ sinh ra sống", en: "Live births"}
                unit: {vi: "trẻ", en: "children"}
                valueType: count
                disaggregation: sex
                tiers: [commune]
                unitKinds: [territory]
                objective: 4
            """;

    static Catalog load(String yaml) {
        return CatalogLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void theOfficeCatalogueHoldsAllThirteenStrategyTargetsWithTheirValuesAndDirections() {
        Catalog catalog = CatalogLoader.load(Path.of("jobs/catalog.yaml"));

        Map<String, Target> targets = catalog.indicators().stream().filter(i -> i.target().isPresent())
                .map(i -> i.target().get()).collect(Collectors.toMap(Target::id, t -> t));
        assertThat(targets).containsKeys("1.1", "2.1", "2.2", "2.3", "3.1", "3.2a", "3.2b", "3.3", "3.4", "4.1",
                "4.2", "5.1", "5.2");
        assertThat(targets.get("4.1").y2025()).isEqualByComparingTo(new BigDecimal("111"));
        assertThat(targets.get("4.1").y2030()).isEqualByComparingTo(new BigDecimal("109"));
        assertThat(targets.get("4.1").direction()).isEqualTo(Direction.AT_MOST);
        assertThat(targets.get("1.1").y2030()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(targets.get("3.3").direction()).isEqualTo(Direction.EQUAL);
    }

    @Test
    void judgesAValueAgainstTheTargetOfItsStageInTheTargetsDirection() {
        Catalog catalog = CatalogLoader.load(Path.of("jobs/catalog.yaml"));
        Target srb = catalog.indicator("SRB").flatMap(Indicator::target).orElseThrow();
        Target leaders = catalog.indicator("BODIES_FEMALE_KEY_LEADER_SHARE").flatMap(Indicator::target).orElseThrow();
        Target trafficking = catalog.indicator("TRAFFICKING_RETURNEES_SUPPORTED_SHARE").flatMap(Indicator::target)
                .orElseThrow();
        Target curricula = catalog.indicator("GE_CURRICULA_INTEGRATION").flatMap(Indicator::target).orElseThrow();

        // 110.7 boys per 100 girls (civil registration 2024) is within 111 for 2025 but not within 109 for 2030
        assertThat(srb.status(new BigDecimal("110.7"), 2024)).contains(Target.Status.MET);
        assertThat(srb.status(new BigDecimal("110.7"), 2027)).contains(Target.Status.NOT_MET);
        assertThat(leaders.status(new BigDecimal("59"), 2024)).contains(Target.Status.NOT_MET);
        assertThat(leaders.status(new BigDecimal("60"), 2025)).contains(Target.Status.MET);
        assertThat(trafficking.status(new BigDecimal("99.5"), 2025)).contains(Target.Status.NOT_MET);
        assertThat(curricula.status(BigDecimal.ONE, 2030)).as("5.2 has no 2030 value").isEmpty();
    }

    @Test
    void readsAnIndicatorAsNumeratorAndDenominatorExpressions() {
        Catalog catalog = load(ELEMENTS + """
                indicators:
                  - code: SRB
                    name: {vi: "Tỷ số giới tính khi sinh", en: "Sex ratio at birth"}
                    numerator: "LIVE_BIRTHS.M"
                    denominator: "LIVE_BIRTHS.F"
                    factor: 100
                    objective: 4
                    target: {id: "4.1", y2025: 111, y2030: 109, direction: at_most}
                """);

        Indicator srb = catalog.indicator("SRB").orElseThrow();
        assertThat(srb.numerator().terms()).containsExactly(new Term(BigDecimal.ONE, "LIVE_BIRTHS", "M"));
        assertThat(srb.target()).map(Target::direction).contains(Direction.AT_MOST);
    }

    @Nested
    class RefusesABrokenCatalogueNamingTheEntry {

        @Test
        void anUnknownCodeInAnExpression() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: SRB
                        name: {vi: "Tỷ số", en: "Ratio"}
                        numerator: "LIVE_BIRTH.M"
                        denominator: "LIVE_BIRTHS.F"
                        factor: 100
                    """)).isInstanceOf(CatalogException.class)
                    .hasMessageContaining("indicator SRB: numerator: unknown data element LIVE_BIRTH");
        }

        @Test
        void aBreakdownTheElementDoesNotHave() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: CHILD_SHARE
                        name: {vi: "Tỷ lệ", en: "Share"}
                        numerator: "LIVE_BIRTHS.CHILD_F"
                        denominator: "LIVE_BIRTHS"
                        factor: 100
                    """)).hasMessageContaining("indicator CHILD_SHARE: numerator: LIVE_BIRTHS has no breakdown .CHILD_F");
        }

        @Test
        void aMissingName() {
            assertThatThrownBy(() -> load("""
                    dataElements:
                      - code: GOV_BODIES
                        name: {en: "Bodies"}
                        valueType: count
                        tiers: [commune]
                        unitKinds: [territory]
                        objective: 1
                    """)).hasMessageContaining("data element GOV_BODIES: missing Vietnamese name");
        }

        @Test
        void aTargetWithoutADirection() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: SRB
                        name: {vi: "Tỷ số giới tính khi sinh", en: "Sex ratio at birth"}
                        numerator: "LIVE_BIRTHS.M"
                        denominator: "LIVE_BIRTHS.F"
                        factor: 100
                        target: {id: "4.1", y2025: 111, y2030: 109}
                    """)).hasMessageContaining("indicator SRB: target 4.1: the target has no direction");
        }

        @Test
        void aCodeUsedTwice() {
            assertThatThrownBy(() -> load(ELEMENTS + ELEMENTS.substring(ELEMENTS.indexOf("  - code: LIVE_BIRTHS"))))
                    .hasMessageContaining("data element LIVE_BIRTHS: the code is used twice");
        }

        @Test
        void anExpressionThatIsNotASumOfTerms() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: SRB
                        name: {vi: "Tỷ số", en: "Ratio"}
                        numerator: "LIVE_BIRTHS.M / 2"
                        denominator: "LIVE_BIRTHS.F"
                        factor: 100
                    """)).hasMessageContaining("indicator SRB: numerator: cannot read '/ 2'");
        }

        @Test
        void aCycleOfOfWhichParts() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                      - code: VICTIMS
                        name: {vi: "Số nạn nhân", en: "Victims"}
                        unit: {vi: "người", en: "persons"}
                        partOf: [VICTIMS_SUPPORTED]
                        valueType: count
                        tiers: [commune]
                        unitKinds: [territory]
                        objective: 3
                      - code: VICTIMS_SUPPORTED
                        name: {vi: "Trong đó: được hỗ trợ", en: "Of which: supported"}
                        unit: {vi: "người", en: "persons"}
                        partOf: [VICTIMS]
                        valueType: count
                        tiers: [commune]
                        unitKinds: [territory]
                        objective: 3
                    """)).hasMessageContaining("data element VICTIMS: partOf goes round in a cycle VICTIMS → VICTIMS_SUPPORTED → VICTIMS");
        }

        @Test
        void aPartOfAnUnknownElement() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("objective: 4", "objective: 4\n    partOf: [BIRTHS]")))
                    .hasMessageContaining("data element LIVE_BIRTHS: partOf names an unknown data element BIRTHS");
        }

        @Test
        void anIndicatorComputedFromAnotherIndicator() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: SRB
                        name: {vi: "Tỷ số giới tính khi sinh", en: "Sex ratio at birth"}
                        numerator: "LIVE_BIRTHS.M"
                        denominator: "LIVE_BIRTHS.F"
                        factor: 100
                      - code: SRB_AGAIN
                        name: {vi: "Tỷ số", en: "Ratio"}
                        numerator: "SRB"
                        denominator: "LIVE_BIRTHS"
                        factor: 1
                    """)).hasMessageContaining("indicator SRB_AGAIN: numerator: unknown data element SRB (an indicator is"
                    + " computed from data elements only");
        }

        @Test
        void aMissingUnitOfMeasure() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("    unit: {vi: \"trẻ\", en: \"children\"}\n", "")))
                    .hasMessageContaining("data element LIVE_BIRTHS: missing unit of measure");
        }

        @Test
        void aTargetWithNeitherA2025NorA2030Value() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: SRB
                        name: {vi: "Tỷ số giới tính khi sinh", en: "Sex ratio at birth"}
                        numerator: "LIVE_BIRTHS.M"
                        denominator: "LIVE_BIRTHS.F"
                        factor: 100
                        target: {id: "4.1", direction: at_most}
                    """)).hasMessageContaining("indicator SRB: target 4.1: the target has neither a 2025 nor a 2030 value");
        }

        @Test
        void anObjectiveOutsideTheStrategy() {
            assertThatThrownBy(() -> load(ELEMENTS + """
                    indicators:
                      - code: SRB
                        name: {vi: "Tỷ số giới tính khi sinh", en: "Sex ratio at birth"}
                        numerator: "LIVE_BIRTHS.M"
                        denominator: "LIVE_BIRTHS.F"
                        factor: 100
                        objective: 7
                    """)).hasMessageContaining("indicator SRB: objective must be one of the Strategy's objectives 1 to 6");
        }

        @Test
        void aTierThatReportsWithoutAForm() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("tiers: [commune]", "tiers: [commune, district]")))
                    .hasMessageContaining("data element LIVE_BIRTHS: no form for district/territory carries it");
        }

        @Test
        void aFormWithoutAVersion() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("    version: \"1\"\n", "")))
                    .hasMessageContaining("form 01/BĐG-X: the form has no version");
        }

        @Test
        void aFormForAUnitKindThatDoesNotExistAtThatTier() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("unitKind: territory", "unitKind: department")))
                    .hasMessageContaining("form 01/BĐG-X: no unit is commune/department");
        }

        @Test
        void anUnknownTier() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("tiers: [commune]", "tiers: [village]")))
                    .hasMessageContaining("data element LIVE_BIRTHS: tiers: 'village' is not one of commune, district, province");
        }

        @Test
        void anUnknownSetting() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("objective: 4", "objective: 4\n    colour: red")))
                    .hasMessageContaining("colour");
        }
    }
}
