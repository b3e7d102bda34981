package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;

class CatalogCommandTest {

    static List<NamedCsvRecord> csv() {
        Cli.Run run = Cli.run("catalog", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        return CsvReader.builder().ofNamedCsvRecord(run.out()).stream().toList();
    }

    @Test
    void csvListsEveryDataElementAndIndicatorOfTheCatalogue() {
        List<NamedCsvRecord> rows = csv();

        assertThat(rows.stream().filter(r -> r.getField("record").equals("data_element")).map(r -> r.getField("code")))
                .containsExactlyElementsOf(Forms.CATALOG.dataElements().stream().map(DataElement::code).toList())
                .hasSize(59);
        assertThat(rows.stream().filter(r -> r.getField("record").equals("indicator")).map(r -> r.getField("code")))
                .containsExactlyElementsOf(Forms.CATALOG.indicators().stream().map(Indicator::code).toList())
                .hasSize(30);
        NamedCsvRecord victims = rows.stream().filter(r -> r.getField("code").equals("GBV_VICTIMS")).findFirst().orElseThrow();
        assertThat(victims.getField("disaggregation")).isEqualTo("sex_age");
        assertThat(victims.getField("sensitive")).isEqualTo("true");
        assertThat(victims.getField("unit_vi")).isEqualTo("người");
    }

    @Test
    void csvGivesTheThirteenStrategyTargetsWithTheir2025And2030ValuesAndDirections() {
        Map<String, NamedCsvRecord> byTarget = csv().stream().filter(r -> !r.getField("target_id").isEmpty())
                .collect(Collectors.toMap(r -> r.getField("target_id"), Function.identity()));

        // Resolution 28/NQ-CP as summarised in shared/domain.md §1: id, 2025, 2030, direction.
        String[][] strategy = {
            {"1.1", "60", "75", "at_least"}, {"2.1", "50", "60", "at_least"}, {"2.2", "30", "25", "at_most"},
            {"2.3", "27", "30", "at_least"}, {"3.1", "1.7", "1.4", "at_most"}, {"3.2a", "80", "90", "at_least"},
            {"3.2b", "50", "70", "at_least"}, {"3.3", "100", "100", "equal"}, {"3.4", "70", "100", "at_least"},
            {"4.1", "111", "109", "at_most"}, {"4.2", "42", "42", "at_most"}, {"5.1", "90", "99", "at_least"},
            {"5.2", "1", "", "equal"}};
        for (String[] t : strategy) {
            assertThat(byTarget).as("target %s", t[0]).containsKey(t[0]);
            NamedCsvRecord row = byTarget.get(t[0]);
            assertThat(List.of(row.getField("target_2025"), row.getField("target_2030"), row.getField("direction")))
                    .as("target %s (%s)", t[0], row.getField("code")).containsExactly(t[1], t[2], t[3]);
        }
        assertThat(byTarget.get("4.1").getField("numerator")).isEqualTo("LIVE_BIRTHS.M");
        assertThat(byTarget.get("4.1").getField("denominator")).isEqualTo("LIVE_BIRTHS.F");
    }

    @Test
    void textListsFormsElementsAndIndicatorsWithTheirTargetsForPeople() {
        Cli.Run run = Cli.run("catalog");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Forms / Biểu mẫu (5)", "01/BĐG-X", "Data elements / Chỉ tiêu nhập (59)",
                "Indicators / Chỉ tiêu tính (30)", "= 100 × (LIVE_BIRTHS.M) ÷ (LIVE_BIRTHS.F)",
                "target 4.1: at most 111 (2025) → 109 (2030)", "[nhạy cảm / sensitive]");
    }

    @Test
    void aBrokenCatalogueStopsTheCommandNamingTheEntry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path jobs)
            throws Exception {
        String catalog = java.nio.file.Files.readString(java.nio.file.Path.of("jobs/catalog.yaml"))
                .replace("numerator: \"LIVE_BIRTHS.M\"", "numerator: \"LIVE_BIRTH.M\"");
        java.nio.file.Files.writeString(jobs.resolve("catalog.yaml"), catalog);

        Cli.Run run = Cli.run("catalog", "--jobs", jobs.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("indicator SRB: numerator: unknown data element LIVE_BIRTH");
    }
}
