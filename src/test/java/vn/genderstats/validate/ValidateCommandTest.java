package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import vn.genderstats.testing.PoisonFiles;
import vn.genderstats.testing.TestDatabase;

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
        // The planted mistakes of sample-input/README.md, each with its file, sheet and cell, and rule.
        assertThat(run.out())
                .contains("01480-xa-ngoc-khe/bdg-2024.xlsx: would be rejected")
                .containsPattern("01480-xa-ngoc-khe/bdg-2024.xlsx \\[Biểu mẫu![A-Z]+\\d+\\] LỖI/ERROR header.unit-code-missing: Thiếu mã đơn vị")
                .contains("The unit code is missing")
                .contains("01453-xa-tri-phuong/bdg-2023.xlsx: would be rejected")
                .containsPattern("01501-xa-chi-vien/bdg-2022.xlsx \\[Biểu mẫu!D\\d+\\] LỖI/ERROR value.negative: Số cơ quan \\(HĐND")
                .containsPattern("01525-xa-doai-duong/bdg-2024S1.xlsx \\[Biểu mẫu!F\\d+\\] LỖI/ERROR consistency.sex-sum: Số trẻ sinh ra sống: nam \\+ nữ phải bằng tổng số")
                .contains("01447-thi-tran-tra-linh/bdg-2021.xlsx: would be accepted")
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

    @Test
    void judgesAnSdmxCsvExportAndLeavesOutTheOperatorsFilesAsIngestDoes() throws Exception {
        TestDatabase.clean(jdbc);
        Path inbox = work.resolve("inbox");
        PoisonFiles.sdmx(inbox.resolve("01462/xuan-noi-2023.csv"), "01462", "Xã Xuân Nội", "1234");
        Files.writeString(inbox.resolve("README.txt"), "Hộp thư nhận báo cáo");
        Files.writeString(inbox.resolve("01462/.~lock.xuan-noi-2023.csv#"), "");

        Cli.Run validate = Cli.run("validate", inbox.toString());
        Cli.Run ingest = Cli.run("ingest", "--inbox", inbox.toString(), "--out", work.resolve("out").toString());

        assertThat(validate.exitCode()).isZero();
        // An export is read by its codes, not as a catalogue form: both say so with the same warning.
        assertThat(validate.out()).contains("01462/xuan-noi-2023.csv: would be accepted with warnings")
                .contains("WARNING form.unknown").doesNotContain("README").doesNotContain(".~lock");
        assertThat(ingest.exitCode()).isZero();
        assertThat(jdbc.queryForList("select inbox_path || ' ' || outcome from received_file", String.class))
                .containsExactly("01462/xuan-noi-2023.csv accepted_with_warnings");
        assertThat(jdbc.queryForList("select rule_code from finding", String.class)).containsExactly("form.unknown");
    }

    private Map<String, Long> rowCounts() {
        return Stream.of("received_file", "submission", "observation", "finding", "aggregate_value", "indicator_result")
                .collect(Collectors.toMap(t -> t, t -> jdbc.queryForObject("select count(*) from " + t, Long.class)));
    }
}
