package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.genderstats.report.SmallCells.Relation;

class SmallCellsTest {

    @Test
    void aLoneSmallCellInARelationTakesTheSmallestNonZeroSiblingWithIt() {
        Map<String, Double> printed = new LinkedHashMap<>();
        printed.put("T", 9.0);
        printed.put("M", 2.0);
        printed.put("F", 7.0);
        assertThat(SmallCells.suppress(printed, k -> printed.get(k) < 3, List.of(new Relation<>("T", List.of("M", "F")))))
                .containsExactlyInAnyOrder("M", "F");
    }

    @Test
    void secondarySuppressionSpreadsThroughLinkedRelationsUntilNoneHasExactlyOneHiddenCell() {
        // A district (D) of two communes (A, B), each total = male + female.
        Map<String, Double> printed = new LinkedHashMap<>();
        printed.putAll(Map.of("A.T", 10.0, "A.M", 1.0, "A.F", 9.0, "B.T", 20.0, "B.M", 8.0, "B.F", 12.0));
        printed.putAll(Map.of("D.T", 30.0, "D.M", 9.0, "D.F", 21.0));
        List<Relation<String>> relations = List.of(
                new Relation<>("A.T", List.of("A.M", "A.F")), new Relation<>("B.T", List.of("B.M", "B.F")),
                new Relation<>("D.T", List.of("D.M", "D.F")), new Relation<>("D.M", List.of("A.M", "B.M")),
                new Relation<>("D.F", List.of("A.F", "B.F")), new Relation<>("D.T", List.of("A.T", "B.T")));
        var hidden = SmallCells.suppress(printed, k -> printed.get(k) < 3, relations);
        assertThat(hidden).contains("A.M");
        for (Relation<String> r : relations) {
            assertThat(r.cells().filter(hidden::contains).count()).as(r.toString()).isNotEqualTo(1);
        }
    }

    @Test
    void zeroIsPrintedAndABlankCellNeverServesAsCover() {
        Map<String, Double> printed = new LinkedHashMap<>();
        printed.put("T", 2.0);
        printed.put("M", 0.0);
        printed.put("F", 2.0);
        // T and F are both small; M is zero and stays printed.
        assertThat(SmallCells.suppress(printed, k -> printed.get(k) > 0 && printed.get(k) < 3,
                List.of(new Relation<>("T", List.of("M", "F"))))).containsExactlyInAnyOrder("T", "F");
    }

    @Test
    void aDistrictOfFiveCommunesGivesNothingBackWhenItsTablesAndTheCommunesTablesAreReadTogether() {
        // GBV victims (total, men, women) of five communes and their district: A has 1 (a man), B 2 (women).
        Map<String, Double> printed = new LinkedHashMap<>();
        String[] communes = {"A", "B", "C", "D", "E"};
        double[][] counts = {{1, 1, 0}, {2, 0, 2}, {6, 0, 6}, {8, 3, 5}, {5, 0, 5}};
        String[] keys = {"T", "M", "F"};
        List<Relation<String>> relations = new java.util.ArrayList<>();
        for (int c = 0; c < communes.length; c++) {
            for (int k = 0; k < 3; k++) {
                printed.put(communes[c] + "." + keys[k], counts[c][k]);
            }
            relations.add(new Relation<>(communes[c] + ".T", List.of(communes[c] + ".M", communes[c] + ".F")));
        }
        for (int k = 0; k < 3; k++) {
            double sum = 0;
            for (double[] c : counts) {
                sum += c[k];
            }
            printed.put("District." + keys[k], sum);
            String key = keys[k];
            relations.add(new Relation<>("District." + key, java.util.Arrays.stream(communes).map(c -> c + "." + key).toList()));
        }
        relations.add(new Relation<>("District.T", List.of("District.M", "District.F")));
        // What hiding one relation at a time left: men 4 in the district and 0, 0, 3, 0 elsewhere give A's 1 back.
        java.util.Set<String> perReport = java.util.Set.of("A.T", "A.M", "B.T", "B.F", "C.T", "C.F");
        assertThat(SmallCells.determined(perReport, printed, relations)).contains("A.M");

        var hidden = SmallCells.suppress(printed, k -> printed.get(k) > 0 && printed.get(k) < 3, relations);

        assertThat(hidden).contains("A.T", "A.M", "B.T", "B.F");
        assertThat(SmallCells.determined(hidden, printed, relations)).isEmpty();
        assertThat(hidden).as("the district's figures stay published").doesNotContain("District.T", "District.M",
                "District.F");
    }
}
