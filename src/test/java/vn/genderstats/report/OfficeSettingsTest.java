package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.genderstats.hierarchy.AdminUnit;

/** The letterhead of an official report from jobs/office.yaml: unit, then departments, then defaults, then built in. */
class OfficeSettingsTest {

    private static final OfficeSettings OFFICE = OfficeSettings.load(Path.of("jobs/office.yaml"));
    private static final AdminUnit PROVINCE = new AdminUnit("2021-02-01", "04", "Tỉnh Cao Bằng", "Tỉnh", "province",
            "territory", "VN");
    private static final AdminUnit COMMUNE = new AdminUnit("2021-02-01", "01447", "Thị trấn Trà Lĩnh", "Thị trấn",
            "commune", "territory", "047");

    private static AdminUnit department(String code, String name) {
        return new AdminUnit("2021-02-01", code, name, "Sở", "province", "department", "04");
    }

    @Test
    void aPeoplesCommitteeIssuesUnderItsOwnNameAtItsOwnPlace() {
        var head = OFFICE.letterhead(COMMUNE, null, "Ủy ban nhân dân huyện Trùng Khánh");
        assertThat(head.issuer()).isEqualTo("ỦY BAN NHÂN DÂN\nTHỊ TRẤN TRÀ LĨNH");
        assertThat(head.superior()).isEmpty();
        assertThat(head.symbol()).isEqualTo("BC-UBND");
        assertThat(head.place()).isEqualTo("Trà Lĩnh");
        assertThat(head.signer().authority()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(head.recipients().getFirst()).isEqualTo("Ủy ban nhân dân huyện Trùng Khánh (để báo cáo)");
    }

    @Test
    void aDepartmentSignsAsItsDirectorUnderTheProvincesCommittee() {
        var head = OFFICE.letterhead(department("04-SYT", "Sở Y tế tỉnh Cao Bằng"), PROVINCE,
                "Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(head.superior()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG");
        assertThat(head.issuer()).isEqualTo("SỞ Y TẾ");
        assertThat(head.symbol()).isEqualTo("BC-SYT");
        assertThat(head.place()).isEqualTo("Cao Bằng");
        assertThat(head.signer().authority()).isEmpty();
        assertThat(head.signer().deputy()).isEqualTo("KT. GIÁM ĐỐC");
        assertThat(head.recipients()).contains("Giám đốc, các Phó Giám đốc Sở");
    }

    @Test
    void aUnitsOwnEntryWinsAndTheRestFallsThrough() {
        var head = OFFICE.letterhead(department("04-SNV", "Sở Nội vụ tỉnh Cao Bằng"), PROVINCE,
                "Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(head.recipients()).startsWith("Ủy ban nhân dân tỉnh Cao Bằng (để báo cáo)")
                .contains("Bộ Nội vụ (Vụ Công tác thanh niên và Bình đẳng giới)").endsWith("Lưu: VT, CTTN&BĐG");
        assertThat(head.signer().title()).isEqualTo("PHÓ GIÁM ĐỐC");
    }

    @Test
    void anUnknownSettingStopsWithTheFileNamed() throws IOException {
        Path file = Files.createTempFile("office", ".yaml");
        Files.writeString(file, "defaults:\n  signature: {name: A}\n");
        assertThatThrownBy(() -> OfficeSettings.load(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("signature");
    }
}
