package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import vn.genderstats.form.Severity;
import vn.genderstats.testing.Cli;

/** jobs/rules.yaml is read and checked before any job runs; a wrong rule is named. */
class RulesLoaderTest {

    private static final String FORMS = """
            forms:
              - {id: "01/BĐG-X", periods: [annual, first_half], required: [GOV_BODIES]}
            """;

    @TempDir
    Path work;

    @Test
    void loadsTheOfficesRules() {
        ValidationRules rules = Fixture.RULES;

        assertThat(rules.rules()).extracting(ValidationRule::name).contains("GBV_VICTIMS_SUPPORTED_NOT_ABOVE_DETECTED",
                "BODIES_FEMALE_LEADER_NOT_ABOVE_BODIES", "GBV_CHILD_VICTIMS_NOT_ABOVE_VICTIMS",
                "GBV_PERPETRATORS_COUNSELLED_NOT_ABOVE_DETECTED");
        ValidationRule supported = rules.rules().stream()
                .filter(r -> r.name().equals("GBV_VICTIMS_SUPPORTED_NOT_ABOVE_DETECTED")).findFirst().orElseThrow();
        assertThat(supported.text()).isEqualTo("GBV_VICTIMS_SUPPORTED.T <= GBV_VICTIMS.T");
        assertThat(supported.severity()).isEqualTo(Severity.ERROR);
        assertThat(supported.missing()).isEqualTo(MissingValues.SKIP_IF_ANY_MISSING);
        assertThat(rules.plausibility().srbHigh()).isEqualTo(109);
    }

    @Test
    void refusesARuleNamingAnUnknownCodeWithTheRulesName() {
        assertThatThrownBy(() -> load(FORMS + """
                rules:
                  - name: VICTIMS_TYPO
                    left: "GBV_VICTIM_SUPPORTED.T"
                    operator: "<="
                    right: "GBV_VICTIMS.T"
                    severity: error
                    message: {vi: "a", en: "b"}
                """)).isInstanceOf(RulesException.class)
                .hasMessageContaining("rule VICTIMS_TYPO: left: unknown data element GBV_VICTIM_SUPPORTED");
    }

    @Test
    void namesEveryMistakeOfARule() {
        assertThatThrownBy(() -> load(FORMS + """
                rules:
                  - name: BROKEN
                    left: "GOV_BODIES.F"
                    operator: "=<"
                    right: "GOV_BODIES"
                    severity: fatal
                    message: {vi: "a"}
                    tiers: [village]
                    periods: [quarter]
                    missing: ignore
                """)).isInstanceOf(RulesException.class)
                .hasMessageContaining("rule BROKEN: left: GOV_BODIES has no breakdown .F")
                .hasMessageContaining("rule BROKEN: operator '=<'")
                .hasMessageContaining("rule BROKEN: severity: 'fatal' is not one of error, warning")
                .hasMessageContaining("rule BROKEN: message needs both vi and en")
                .hasMessageContaining("rule BROKEN: tier 'village'")
                .hasMessageContaining("rule BROKEN: period 'quarter'")
                .hasMessageContaining("rule BROKEN: missing: 'ignore'");
    }

    @Test
    void refusesUnknownCodesInFormsBoundsAndPlausibility() {
        assertThatThrownBy(() -> load("""
                forms:
                  - {id: "01/BĐG-X", periods: [annual], required: [BODIES]}
                  - {id: "BM-99"}
                bounds:
                  - {element: HOURS, max: 168}
                plausibility:
                  acrossLevels: [BIRTHS]
                """)).isInstanceOf(RulesException.class)
                .hasMessageContaining("form 01/BĐG-X: required: unknown data element BODIES")
                .hasMessageContaining("form BM-99: not a form of the catalogue")
                .hasMessageContaining("bounds HOURS: unknown data element HOURS")
                .hasMessageContaining("plausibility: acrossLevels: unknown data element BIRTHS");
    }

    @Test
    void stopsTheProgramAtStartUpNamingTheRule() throws Exception {
        Path jobs = work.resolve("jobs");
        FileSystemUtils.copyRecursively(Path.of("jobs"), jobs);
        String rules = Files.readString(jobs.resolve("rules.yaml"))
                .replace("left: \"GBV_PERPETRATORS_COUNSELLED.T\"", "left: \"GBV_PERPETRATORS_COUNSELED.T\"");
        Files.writeString(jobs.resolve("rules.yaml"), rules);
        assertThat(rules).contains("COUNSELED.T");
        Files.createDirectories(work.resolve("empty"));

        Cli.Run run = Cli.run("ingest", "--jobs", jobs.toString(), "--inbox", work.resolve("empty").toString(),
                "--out", work.resolve("reports").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("rule GBV_PERPETRATORS_COUNSELLED_NOT_ABOVE_DETECTED: left: unknown data element "
                + "GBV_PERPETRATORS_COUNSELED");
        assertThat(Cli.run("validate", "--jobs", jobs.toString(), "sample-input").err())
                .contains("GBV_PERPETRATORS_COUNSELLED_NOT_ABOVE_DETECTED");
    }

    static ValidationRules load(String yaml) {
        return RulesLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test rules",
                Fixture.CATALOG);
    }
}
