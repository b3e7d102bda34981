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
}
