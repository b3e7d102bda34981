package vn.genderstats.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;

/** The seeds' deadlines, expressed in jobs/calendar.yaml. */
class ReportingCalendarTest {

    static final Hierarchy HIERARCHY = HierarchyFiles.load(Path.of("jobs/hierarchy"));
    static final ReportingCalendar CALENDAR = CalendarLoader.load(Path.of("jobs/calendar.yaml"));

    @Test
    void trungKhanhCommunesReportBy15JuneAnd15December() {
        AdminUnit dinhPhong = HIERARCHY.unit("2021-02-01", "01489").orElseThrow();

        assertThat(CALENDAR.deadline(dinhPhong, Period.firstHalf(2023))).contains(LocalDate.of(2023, 6, 15));
        assertThat(CALENDAR.deadline(dinhPhong, Period.annual(2023))).contains(LocalDate.of(2023, 12, 15));
    }

    @Test
    void buonMaThuotWardsReportBy15MayAnd15November() {
        AdminUnit ward = HIERARCHY.units("2021-02-01").stream()
                .filter(u -> "643".equals(u.parentCode())).findFirst().orElseThrow();

        assertThat(CALENDAR.deadline(ward, Period.firstHalf(2022))).contains(LocalDate.of(2022, 5, 15));
        assertThat(CALENDAR.deadline(ward, Period.annual(2022))).contains(LocalDate.of(2022, 11, 15));
        assertThat(CALENDAR.ruleFor(ward)).contains("Buôn Ma Thuột wards and communes");
    }

    @Test
    void aProvincialDepartmentReportsBy30MayAnd30November() {
        AdminUnit construction = HIERARCHY.unit("2021-02-01", "70-SXD").orElseThrow();

        assertThat(CALENDAR.deadline(construction, Period.firstHalf(2024))).contains(LocalDate.of(2024, 5, 30));
        assertThat(CALENDAR.deadline(construction, Period.annual(2024))).contains(LocalDate.of(2024, 11, 30));
    }

    @Test
    void theNationOwesNoReport() {
        assertThat(CALENDAR.deadline(HIERARCHY.unit("2021-02-01", "VN").orElseThrow(), Period.annual(2024))).isEmpty();
    }

    @Test
    void refusesAMalformedDeadlineNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("calendar.yaml"), """
                defaults:
                  - tier: commune
                    kind: territory
                    S1: "31/06"
                    annual: "15/12"
                """);

        assertThatThrownBy(() -> CalendarLoader.load(file)).hasMessageContaining("default commune/territory");
    }
    @Test
    void aDistrictFollowsTheDistrictDefault() {
        AdminUnit trungKhanh = HIERARCHY.unit("2021-02-01", "047").orElseThrow();

        assertThat(CALENDAR.deadline(trungKhanh, Period.firstHalf(2024))).contains(LocalDate.of(2024, 6, 20));
        assertThat(CALENDAR.ruleFor(trungKhanh)).contains("default district/territory");
    }

    @Test
    void aUnitOverrideWinsOverItsParentsLineWhateverTheOrderInTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("calendar.yaml"), """
                defaults:
                  - tier: commune
                    kind: territory
                    S1: "15/06"
                    annual: "15/12"
                overrides:
                  - name: Trùng Khánh communes
                    parent: "047"
                    S1: "10/06"
                    annual: "10/12"
                  - name: Đình Phong, late in the year
                    unit: "01489"
                    S1: "20/06"
                    annual: "15/01+1"
                """);
        ReportingCalendar calendar = CalendarLoader.load(file);

        AdminUnit dinhPhong = HIERARCHY.unit("2021-02-01", "01489").orElseThrow();
        AdminUnit traLinh = HIERARCHY.unit("2021-02-01", "01447").orElseThrow();
        assertThat(calendar.deadline(dinhPhong, Period.annual(2024))).contains(LocalDate.of(2025, 1, 15));
        assertThat(calendar.deadline(traLinh, Period.annual(2024))).contains(LocalDate.of(2024, 12, 10));
    }

    @Test
    void refusesAnOverrideThatNamesNeitherUnitNorParent(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("calendar.yaml"), """
                defaults:
                  - tier: commune
                    kind: territory
                    S1: "15/06"
                    annual: "15/12"
                overrides:
                  - name: Every ward
                    tier: commune
                    S1: "15/05"
                    annual: "15/11"
                """);

        assertThatThrownBy(() -> CalendarLoader.load(file)).hasMessageContaining("Every ward: an override names a unit or a parent");
    }

    @Test
    void refusesAnUnknownTierNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("calendar.yaml"), """
                defaults:
                  - tier: village
                    kind: territory
                    S1: "15/06"
                    annual: "15/12"
                """);

        assertThatThrownBy(() -> CalendarLoader.load(file)).hasMessageContaining("default village/territory: unknown tier 'village'");
    }
}
