package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.report.Ranking.Ranked;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.PeriodFigures;

/** The units below ranked by an indicator. */
class RankingTest {

    private static Child child(String code, String name) {
        return new Child(new AdminUnit("2025-07-01", code, name, "Xã", "commune", "territory", "001"),
                new PeriodFigures(Map.of(), Map.of()));
    }

    private static final Child AN_PHU = child("00001", "An Phú");
    private static final Child BINH_MINH = child("00002", "Bình Minh");
    private static final Child CAT_TIEN = child("00003", "Cát Tiên");
    private static final Child AN_PHU_TOO = child("00004", "An Phú");

    @Test
    void ranksHighestFirstAndKeepsTheListedOrderForTies() {
        Map<Child, Double> share = Map.of(AN_PHU, 31.5, BINH_MINH, 40.0, CAT_TIEN, 31.5);

        Ranking ranking = Ranking.of(List.of(AN_PHU, BINH_MINH, CAT_TIEN), share::get);

        assertThat(ranking.units()).containsExactly(new Ranked("Bình Minh", 40.0), new Ranked("An Phú", 31.5),
                new Ranked("Cát Tiên", 31.5));
    }

    @Test
    void leavesOutUnitsWithoutAPrintableValueAndTellsEqualNamesApartByCode() {
        Map<Child, Double> share = new java.util.HashMap<>(Map.of(AN_PHU, 20.0, AN_PHU_TOO, 25.0));
        share.put(BINH_MINH, null); // hidden by the small-cell rule

        Ranking ranking = Ranking.of(List.of(AN_PHU, BINH_MINH, AN_PHU_TOO), share::get);

        assertThat(ranking.units()).containsExactly(new Ranked("An Phú (00004)", 25.0),
                new Ranked("An Phú (00001)", 20.0));
    }

    @Test
    void keepsTheHighestAndLowestHalfWhenThereAreTooMany() {
        List<Child> six = List.of(child("1", "A"), child("2", "B"), child("3", "C"), child("4", "D"), child("5", "E"),
                child("6", "F"));
        Ranking ranking = Ranking.of(six, c -> Double.valueOf(c.unit().code()));

        assertThat(ranking.ends(4).units()).extracting(Ranked::label).containsExactly("F", "E", "B", "A");
        assertThat(ranking.ends(6)).isSameAs(ranking);
    }

    @Test
    void placesTheUnitItselfAmongItsUnitsBelowAfterItsEquals() {
        Ranking ranking = Ranking.of(List.of(AN_PHU, BINH_MINH), c -> c == AN_PHU ? 30.0 : 50.0);

        assertThat(ranking.with(new Ranked("Huyện Tân Lạc", 30.0))).extracting(Ranked::label)
                .containsExactly("Bình Minh", "An Phú", "Huyện Tân Lạc");
        assertThat(ranking.with(null)).hasSize(2);
    }
}
