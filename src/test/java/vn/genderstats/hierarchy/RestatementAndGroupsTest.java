package vn.genderstats.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where older units went among today's units, and the groups reports break down by, from jobs/hierarchy/. */
class RestatementAndGroupsTest {

    static final Hierarchy HIERARCHY = HierarchyFilesTest.HIERARCHY;

    @TempDir
    Path folder;

    @Test
    void restatesOntoTheUnitsOfFirstJuly2025() {
        Restatement r = HIERARCHY.restatement();

        assertThat(r.target()).contains("2025-07-01");
        // 2024 on the 2021 list: Phường Hoàng Văn Thụ (Bắc Giang) went whole into the new Phường Bắc Giang, code 07210.
        assertThat(links("2021-02-01", "07210")).extracting(SuccessionLink::toCode, SuccessionLink::partial,
                SuccessionLink::weight).containsExactly(org.assertj.core.groups.Tuple.tuple("07210", false, BigDecimal.ONE));
        // Old Bát Tràng was split three ways; without weights its parts cannot be placed.
        assertThat(links("2025-03-01", "00583")).extracting(SuccessionLink::toCode)
                .containsExactlyInAnyOrder("00145", "00565", "00577");
        assertThat(links("2025-03-01", "00583")).allSatisfy(l -> {
            assertThat(l.partial()).isTrue();
            assertThat(l.weight()).isNull();
        });
    }

    @Test
    void districtsDepartmentsAndCommunesMergedBefore2025GoToTheirProvincesSuccessor() {
        assertThat(links("2021-02-01", "040")).extracting(SuccessionLink::toCode).containsExactly("04");
        assertThat(links("2021-02-01", "04-SLDTBXH")).extracting(SuccessionLink::toCode).containsExactly("04");
        // Phường Nguyễn Trung Trực (Ba Đình) was merged away before March 2025: the lists do not say where.
        assertThat(links("2021-02-01", "00010")).extracting(SuccessionLink::toCode).containsExactly("01");
        // Bắc Giang (24) and Bắc Ninh (27) of 2021 both went into the new Bắc Ninh, which took the code 24.
        assertThat(links("2021-02-01", "27")).extracting(SuccessionLink::toCode).containsExactly("24");
    }

    @Test
    void apportionsASplitCommuneByItsWeightsOverTheirSum() throws IOException {
        copyHierarchy();
        Files.writeString(folder.resolve("split-weights.csv"), """
                # population of the parts
                old_code,new_code,weight
                00583,00145,1200
                00583,00565,1200
                00583,00577,2400
                00148,00577,500
                """);

        Restatement r = HierarchyFiles.load(folder).restatement();

        assertThat(links(r, "2025-03-01", "00583")).extracting(SuccessionLink::toCode, l -> l.weight().doubleValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("00145", 0.25),
                        org.assertj.core.groups.Tuple.tuple("00565", 0.25), org.assertj.core.groups.Tuple.tuple("00577", 0.5));
        // Thạch Bàn (00148) was split too but only one part has a weight: it stays unplaced.
        assertThat(links(r, "2025-03-01", "00148")).allSatisfy(l -> assertThat(l.weight()).isNull());
    }

    @Test
    void refusesANonPositiveWeightNamingTheLine() throws IOException {
        copyHierarchy();
        Files.writeString(folder.resolve("split-weights.csv"), "old_code,new_code,weight\n00583,00145,abc\n");

        assertThatThrownBy(() -> HierarchyFiles.load(folder)).hasMessageContaining("split-weights.csv line 2")
                .hasMessageContaining("positive number");
    }

    @Test
    void derivesUrbanAndRuralCommunesFromTheGsoType() {
        assertThat(groupsOf("2021-02-01", "01267")).containsExactly(GroupMember.URBAN); // Phường Sông Hiến
        assertThat(groupsOf("2021-02-01", "01447")).containsExactly(GroupMember.URBAN); // Thị trấn Trà Lĩnh
        assertThat(groupsOf("2021-02-01", "01453")).containsExactly(GroupMember.RURAL); // Xã Tri Phương
        assertThat(groupsOf("2021-02-01", "047")).isEmpty();
    }

    @Test
    void readsOtherGroupsFromGroupsCsvAndRefusesUnknownUnits() throws IOException {
        copyHierarchy();
        Files.writeString(folder.resolve("groups.csv"), "group_code,version_id,unit_code\nMOUNTAINOUS,2021-02-01,01453\n");
        Hierarchy withGroups = HierarchyFiles.load(folder);
        assertThat(withGroups.groups()).contains(new GroupMember("2021-02-01", "MOUNTAINOUS", "01453"));

        Files.writeString(folder.resolve("groups.csv"), "group_code,version_id,unit_code\nMOUNTAINOUS,2025-07-01,01453\n");
        assertThatThrownBy(() -> HierarchyFiles.load(folder)).hasMessageContaining("groups.csv line 2")
                .hasMessageContaining("no unit 01453 in hierarchy version 2025-07-01");
    }

    private void copyHierarchy() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("jobs/hierarchy"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    private static List<String> groupsOf(String version, String code) {
        return HIERARCHY.groups().stream().filter(g -> g.versionId().equals(version) && g.unitCode().equals(code))
                .map(GroupMember::groupCode).toList();
    }

    private static List<SuccessionLink> links(String version, String code) {
        return links(HIERARCHY.restatement(), version, code);
    }

    private static List<SuccessionLink> links(Restatement r, String version, String code) {
        return r.links().stream().filter(l -> l.fromVersion().equals(version) && l.fromCode().equals(code)).toList();
    }
}
