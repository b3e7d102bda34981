package vn.genderstats.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.ingest.PlausibilityCheck;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.TestDatabase;

/** The checks against other submissions, run by the ingest job after its files are stored (H2 and PostgreSQL). */
class PlausibilityCheckTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
    }

    @Test
    void flagsAJumpInATotalFromThePreviousYearOnlyOnALargeBaseAndWithinOneHierarchyVersion() throws Exception {
        Path inbox = work.resolve("inbox");
        Fixture.commune().births(50, 50).with("GBV_MODELS", 3).period(Period.annual(2023))
                .writeTo(inbox.resolve("01489/2023.xlsx"));
        Fixture.commune().births(150, 140).with("GBV_MODELS", 12).period(Period.annual(2024))
                .writeTo(inbox.resolve("01489/2024.xlsx"));
        // 2025 is reported on the list of 1 July 2025: code 01489 there is not compared with 2024's 01489.
        Fixture.commune().births(400, 380).period(Period.annual(2025)).writeTo(inbox.resolve("01489/2025.xlsx"));

        assertThat(ingest(inbox).exitCode()).isZero();

        List<Map<String, Object>> found = findings(PlausibilityCheck.YEAR_OVER_YEAR);
        assertThat(found).extracting(f -> f.get("data_element") + "." + f.get("disagg") + " " + f.get("period"))
                .containsExactly("LIVE_BIRTHS.T 2024");
        Map<String, Object> total = found.stream().filter(f -> "T".equals(f.get("disagg"))).findFirst().orElseThrow();
        assertThat((String) total.get("message_en")).contains("Live births = 290 against 100 in Year 2023 (+190%)");
        assertThat((String) total.get("message_vi")).startsWith("Số trẻ sinh ra sống = 290 so với 100 của năm 2023");
        assertThat(total).containsEntry("severity", "warning").containsEntry("sheet_name", "Biểu mẫu");
        assertThat((String) total.get("cell_ref")).startsWith("D");
        assertThat(total.get("inbox_path")).isEqualTo("01489/2024.xlsx");
        assertThat(jdbc.queryForList("select inbox_path from received_file where outcome = 'accepted_with_warnings'",
                String.class)).containsExactly("01489/2024.xlsx");
    }

    /** Ten communes of Trùng Khánh; Xã Ngọc Khê reports 40 models against 2 to 6 in the others. */
    private static Path tenCommunesOneFarOff(Path inbox) throws Exception {
        String[][] communes = {{"01447", "Thị trấn Trà Lĩnh"}, {"01453", "Xã Tri Phương"}, {"01456", "Xã Quang Hán"},
            {"01462", "Xã Xuân Nội"}, {"01465", "Xã Quang Trung"}, {"01468", "Xã Quang Vinh"},
            {"01471", "Xã Cao Chương"}, {"01477", "Thị trấn Trùng Khánh"}, {"01480", "Xã Ngọc Khê"},
            {"01481", "Xã Ngọc Côn"}};
        int[] models = {2, 3, 2, 4, 3, 2, 3, 2, 40, 6};
        for (int i = 0; i < communes.length; i++) {
            Fixture.unit(communes[i][0], communes[i][1], "commune").with("GOV_BODIES", 2)
                    .with("GOV_BODIES_FEMALE_KEY_LEADER", 1).with("GBV_MODELS", models[i])
                    .writeTo(inbox.resolve(communes[i][0] + "/bdg-2024.xlsx"));
        }
        return inbox;
    }

    @Test
    void flagsAFigureFarFromItsSiblingsButNotASmallDifference() throws Exception {
        ingest(tenCommunesOneFarOff(work.resolve("inbox")));

        List<Map<String, Object>> found = findings(PlausibilityCheck.SIBLINGS);
        assertThat(found).extracting(f -> f.get("unit_code") + " " + f.get("data_element"))
                .containsExactly("01480 GBV_MODELS");
        // Named as the catalogue names it, numbers in each language's format.
        assertThat((String) found.getFirst().get("message_en"))
                .contains("Models promoting gender equality and GBV prevention and response in operation = 40")
                .contains("10 units, median 3, robust z on a log scale = 5.5");
        assertThat((String) found.getFirst().get("message_vi")).startsWith("Số mô hình thúc đẩy bình đẳng giới")
                .contains("= 40 khác xa", "trung vị 3, z vững theo thang log = 5,5");
    }

    @Test
    void theFilesOfARunCutOffBeforeItsChecksAreJudgedByTheNextRun() throws Exception {
        Path inbox = tenCommunesOneFarOff(work.resolve("inbox"));
        ingest(inbox);
        // As if that run had been killed once its files were stored: no warning yet, its checks never completed.
        jdbc.update("delete from finding where rule_code = ?", PlausibilityCheck.SIBLINGS);
        jdbc.update("update received_file set outcome = 'accepted' where outcome = 'accepted_with_warnings'");
        jdbc.update("update submission set plausibility_checked_at = null");

        ingest(inbox);   // a new run: nothing new in the inbox

        assertThat(findings(PlausibilityCheck.SIBLINGS)).extracting(f -> f.get("unit_code") + " " + f.get("data_element"))
                .containsExactly("01480 GBV_MODELS");
        assertThat(jdbc.queryForList("select inbox_path from received_file where outcome = 'accepted_with_warnings'",
                String.class)).containsExactly("01480/bdg-2024.xlsx");
    }

    @Test
    void aRunCutOffAfterItsChecksHasItsWarningsReplacedNotRepeated() throws Exception {
        Path inbox = tenCommunesOneFarOff(work.resolve("inbox"));
        ingest(inbox);
        // As if that run had been killed after storing its warnings, before marking its submissions judged.
        jdbc.update("update submission set plausibility_checked_at = null");

        ingest(inbox);

        assertThat(findings(PlausibilityCheck.SIBLINGS)).extracting(f -> f.get("unit_code") + " " + f.get("data_element"))
                .containsExactly("01480 GBV_MODELS");
    }

    /** Thị xã Mường Lay (Điện Biên) had three communes on the 2021 list. */
    private static Fixture muongLay(String code, String name, String tier, int boys, int girls) {
        return Fixture.unit(code, name, tier).with("GOV_BODIES", 2).with("GOV_BODIES_FEMALE_KEY_LEADER", 1)
                .births(boys, girls);
    }

    @Test
    void flagsADistrictTotalThatDiffersFromTheSumOfItsCommunesOnceAllHaveReported() throws Exception {
        Path inbox = work.resolve("inbox");
        // The district's boys match its communes' (80); its girls do not (70 against 67), nor does the total.
        muongLay("095", "Thị xã Mường Lay", "district", 80, 70).writeTo(inbox.resolve("095/bdg-2024.xlsx"));
        muongLay("03148", "Phường Sông Đà", "commune", 40, 35).writeTo(inbox.resolve("03148/bdg-2024.xlsx"));
        muongLay("03151", "Phường Na Lay", "commune", 22, 20).writeTo(inbox.resolve("03151/bdg-2024.xlsx"));
        ingest(inbox);
        // Two of three communes: a partial sum is not judged.
        assertThat(findings(PlausibilityCheck.ACROSS_LEVELS)).isEmpty();

        muongLay("03184", "Xã Lay Nưa", "commune", 18, 12).writeTo(inbox.resolve("03184/bdg-2024.xlsx"));
        ingest(inbox);

        List<Map<String, Object>> found = findings(PlausibilityCheck.ACROSS_LEVELS);
        assertThat(found).extracting(f -> f.get("unit_code") + " " + f.get("data_element") + "." + f.get("disagg"))
                .containsExactlyInAnyOrder("095 LIVE_BIRTHS.F", "095 LIVE_BIRTHS.T");
        assertThat(found).extracting(f -> (String) f.get("message_en"))
                .anyMatch(m -> m.contains("Live births (female) of the unit = 70, sum over the 3 units directly below = 67 (difference 3)"));
        // GOV_BODIES is each level's own figure (not in acrossLevels): 2 against 6 below is no finding.
    }

    @Test
    void replacesADistrictsFindingWhenACommuneSendsACorrectedForm() throws Exception {
        Path inbox = work.resolve("inbox");
        muongLay("095", "Thị xã Mường Lay", "district", 80, 67).writeTo(inbox.resolve("095/bdg-2024.xlsx"));
        muongLay("03148", "Phường Sông Đà", "commune", 40, 35).writeTo(inbox.resolve("03148/bdg-2024.xlsx"));
        muongLay("03151", "Phường Na Lay", "commune", 22, 20).writeTo(inbox.resolve("03151/bdg-2024.xlsx"));
        muongLay("03184", "Xã Lay Nưa", "commune", 18, 10).writeTo(inbox.resolve("03184/bdg-2024.xlsx"));
        ingest(inbox);
        assertThat(findings(PlausibilityCheck.ACROSS_LEVELS)).hasSize(2);

        muongLay("03184", "Xã Lay Nưa", "commune", 18, 12).writeTo(inbox.resolve("03184/bdg-2024-corrected.xlsx"));
        ingest(inbox);

        assertThat(findings(PlausibilityCheck.ACROSS_LEVELS)).isEmpty();
    }

    private Cli.Run ingest(Path inbox) {
        return Cli.run("ingest", "--inbox", inbox.toString(), "--out", work.resolve("reports").toString());
    }

    private List<Map<String, Object>> findings(String rule) {
        return jdbc.queryForList("""
                select d.*, s.unit_code, s.period, f.inbox_path from finding d
                join submission s on s.submission_id = d.submission_id
                join received_file f on f.file_id = d.file_id
                where d.rule_code = ? order by d.finding_id""", rule);
    }
}
