package vn.genderstats.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.genderstats.period.Period;

class HierarchyFilesTest {

    static final Hierarchy HIERARCHY = HierarchyFiles.load(Path.of("jobs/hierarchy"));

    @Test
    void aCodeIsAUnitOnlyWithinTheVersionInForceForThePeriod() {
        assertThat(HIERARCHY.unit(Period.annual(2024), "24")).map(AdminUnit::name).contains("Tỉnh Bắc Giang");
        assertThat(HIERARCHY.unit(Period.annual(2026), "24")).map(AdminUnit::name).contains("Tỉnh Bắc Ninh");
        assertThat(HIERARCHY.unit(Period.firstHalf(2025), "24")).map(AdminUnit::name).contains("Tỉnh Bắc Giang");
    }

    @Test
    void holdsTheGsoCountsOfEachVersion() {
        assertThat(count("2021-02-01", "commune")).isEqualTo(10_603);
        assertThat(count("2021-02-01", "district")).isEqualTo(705);
        assertThat(count("2025-03-01", "commune")).isEqualTo(10_047);
        assertThat(count("2025-07-01", "commune")).isEqualTo(3_321);
        assertThat(count("2025-07-01", "district")).isZero();
        assertThat(HIERARCHY.units("2025-07-01").stream()
                .filter(u -> u.tier().equals("province") && u.isTerritory()).count()).isEqualTo(34);
    }

    @Test
    void aCommuneRollsUpThroughItsDistrictAndProvinceToTheNation() {
        AdminUnit dinhPhong = HIERARCHY.unit("2021-02-01", "01489").orElseThrow();

        assertThat(HIERARCHY.ancestors(dinhPhong)).extracting(AdminUnit::name)
                .containsExactly("Huyện Trùng Khánh", "Tỉnh Cao Bằng", "Cả nước");
    }

    @Test
    void aSubtreeIsTheUnitAndEveryUnitWithItAmongItsAncestorsInCodeOrder() {
        for (String code : List.of(AdminUnit.NATION_CODE, "04", "047", "01489")) {
            AdminUnit unit = HIERARCHY.unit("2021-02-01", code).orElseThrow();
            assertThat(HIERARCHY.subtree(unit)).containsExactlyElementsOf(HIERARCHY.units("2021-02-01").stream()
                    .filter(u -> u.equals(unit) || HIERARCHY.ancestors(u).contains(unit))
                    .sorted(Comparator.comparing(AdminUnit::code)).toList());
        }
    }

    @Test
    void aDepartmentReportsUnderItsProvinceOnlyWhileItExisted() {
        assertThat(HIERARCHY.unit("2021-02-01", "04-SLDTBXH")).map(AdminUnit::kind).contains("department");
        assertThat(HIERARCHY.unit("2025-07-01", "04-SLDTBXH")).isEmpty();
        AdminUnit homeAffairs = HIERARCHY.unit("2025-07-01", "04-SNV").orElseThrow();
        assertThat(homeAffairs.parentCode()).isEqualTo("04");
        assertThat(homeAffairs.tier()).isEqualTo("province");
        // Bình Phước was merged into Đồng Nai on 1 July 2025: its departments are not in the new list.
        assertThat(HIERARCHY.unit("2025-07-01", "70-SXD")).isEmpty();
    }

    private long count(String version, String tier) {
        return HIERARCHY.units(version).stream().filter(u -> u.tier().equals(tier) && u.isTerritory()).count();
    }
}
