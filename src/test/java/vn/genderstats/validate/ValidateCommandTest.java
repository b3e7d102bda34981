package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;

/** The dry run a unit runs before sending: prints every problem, stores nothing. */
class ValidateCommandTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @Test
    void printsEachProblemOfTheSampleInputWithFileSheetCellAndRuleAndStoresNothing() {
        Map<String, Long> before = rowCounts();

        Cli.Run run = Cli.run("validate", "sample-input");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out())
                .contains("01480-xa-ngoc-khe/bao-cao-bdg-2024.xlsx: would be rejected")
                .contains("01480-xa-ngoc-khe/bao-cao-bdg-2024.xlsx [Biểu mẫu!B5] LỖI/ERROR header.unit-code-missing: Thiếu mã đơn vị")
                .contains("The unit code is missing")
                .contains("01489-xa-dinh-phong/bao-cao-bdg-2024.xlsx: would be accepted")
                .contains("7 file(s) checked, 1 error(s)")
                .contains("nothing was stored");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void printsJsonAndExitsZeroWhenOnlyWarningsAreFound() throws Exception {
        Path file = Fixture.commune().births(667, 533).writeTo(work.resolve("01489/bdg-2024.xlsx"));

        Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        JsonNode finding = json.get("files").get(0).get("findings").get(0);
        assertThat(json.get("files").get(0).get("file").asString()).isEqualTo("bdg-2024.xlsx");
        assertThat(finding.get("severity").asString()).isEqualTo("warning");
        assertThat(finding.get("rule").asString()).isEqualTo("plausibility.sex-ratio-at-birth");
        assertThat(finding.get("sheet").asString()).isEqualTo("Biểu mẫu");
        assertThat(finding.get("cell").asString()).matches("E\\d+");
        assertThat(finding.get("messageVi").asString()).contains("125,1");
        assertThat(json.get("errors").asInt()).isZero();
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
    }

    @Test
    void exitsWithThreeWhenAFigureIsRefused() throws Exception {
        Fixture.commune().with("GOV_BODIES_FEMALE_KEY_LEADER", 3).writeTo(work.resolve("inbox/01489/bdg-2024.xlsx"));

        Cli.Run run = Cli.run("validate", work.resolve("inbox").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("01489/bdg-2024.xlsx [Biểu mẫu!D")
                .contains("BODIES_FEMALE_LEADER_NOT_ABOVE_BODIES")
                .contains("would be accepted without the figures in error");
    }

    private Map<String, Long> rowCounts() {
        return Stream.of("received_file", "submission", "observation", "finding", "aggregate_value", "indicator_result")
                .collect(Collectors.toMap(t -> t, t -> jdbc.queryForObject("select count(*) from " + t, Long.class)));
    }
}
