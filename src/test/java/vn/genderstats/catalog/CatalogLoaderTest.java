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
            assertThatThrownBy(() -> load(ELEMENTS + ELEMENTS.replace("dataElements:\n", "")))
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
        void anUnknownSetting() {
            assertThatThrownBy(() -> load(ELEMENTS.replace("objective: 4", "objective: 4\n    colour: red")))
                    .hasMessageContaining("colour");
        }
    }
}
