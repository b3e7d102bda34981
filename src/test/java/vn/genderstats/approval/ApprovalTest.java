package vn.genderstats.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.SampleInputWriter;
import vn.genderstats.testing.TestDatabase;

/** The office's approval on the sample inbox (Trùng Khánh, 2024): order, lock, reopen with who and why. */
class ApprovalTest extends ProvinceTest {

    static final Period YEAR = Period.annual(2024);
    static final List<String> COMMUNES_WITH_DATA = List.of("01447", "01477", "01489", "01501", "01525");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Approvals approvals;
    @Autowired
    Hierarchy hierarchy;

    @TempDir
    Path work;
    Path inbox;

    @BeforeEach
    void ingestTheSamples() throws Exception {
        TestDatabase.clean(jdbc);
        inbox = work.resolve("inbox");
        SampleInputWriter.write(inbox);
        assertThat(nightly().exitCode()).isEqualTo(3);
    }

    @Test
    void aDistrictCannotBeApprovedBeforeEachOfItsCommunesIsApprovedOrWaived() {
        Cli.Run early = approval("approve", "047", "--by", "Nguyễn Thị Lan");

        assertThat(early.exitCode()).isEqualTo(5);
        assertThat(early.err()).contains("Cannot approve 047").contains("01477").contains("Chưa thể phê duyệt");

        assertThat(approval("validate", "01489", "--by", "Trần Văn Minh").exitCode()).isZero();
        assertThat(approvals.state(unit("01489"), YEAR)).isEqualTo(ApprovalState.VALIDATED);
        approveCommunesAndWaiveTheRest();
        Cli.Run approved = approval("approve", "047", "--by", "Nguyễn Thị Lan");

        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).containsPattern("047 +Huyện Trùng Khánh +approved");
        assertThat(approvals.state(unit("047"), YEAR)).isEqualTo(ApprovalState.APPROVED);

        Cli.Run sent = Cli.inProvinces("export", "--unit", "047", "--period", "2024", "--out", work.resolve("047.xlsx").toString(),
                "--by", "Nguyễn Thị Lan");
        assertThat(sent.exitCode()).isZero();
        assertThat(sent.out()).doesNotContain("Draft");
        assertThat(approvals.state(unit("047"), YEAR)).isEqualTo(ApprovalState.SENT);
    }

    @Test
    void aResubmissionAfterApprovalIsKeptButCountsOnlyOnceThePeriodIsReopened() throws Exception {
        approveCommunesAndWaiveTheRest();
        assertThat(approval("approve", "047", "--by", "Nguyễn Thị Lan").exitCode()).isZero();
        BigDecimal districtBoys = boys("047");

        Forms.commune("01477", "Thị trấn Trùng Khánh").births(100, 90).bodies(2, 1)
                .writeTo(inbox.resolve("01477-thi-tran-trung-khanh/bao-cao-bdg-2024-sua.xlsx"));
        nightly();

        assertThat(jdbc.queryForObject("select count(*) from submission where unit_code = '01477'", Integer.class)).isEqualTo(2);
        assertThat(boys("01477")).isEqualByComparingTo("62");
        assertThat(boys("047")).isEqualByComparingTo(districtBoys);
        assertThat(approval("status", "047").out()).contains("1 resubmission(s) held");

        Cli.Run communeFirst = approval("reopen", "01477", "--by", "Lê Hoa", "--reason", "resubmitted births");
        assertThat(communeFirst.exitCode()).isEqualTo(5);
        assertThat(communeFirst.err()).contains("reopen it first");

        assertThat(approval("reopen", "047", "--by", "Lê Hoa", "--reason", "Trùng Khánh resubmitted births").exitCode()).isZero();
        assertThat(boys("047")).as("the commune's own approval still holds").isEqualByComparingTo(districtBoys);
        assertThat(approval("reopen", "01477", "--by", "Lê Hoa", "--reason", "corrected birth register").exitCode()).isZero();

        assertThat(boys("01477")).isEqualByComparingTo("100");
        assertThat(boys("047")).isEqualByComparingTo(districtBoys.subtract(BigDecimal.valueOf(62)).add(BigDecimal.valueOf(100)));
        assertThat(jdbc.queryForList("select unit_code, done_by, reason from approval_event where action = 'reopen' order by event_id"))
                .containsExactly(
                        Map.of("unit_code", "047", "done_by", "Lê Hoa", "reason", "Trùng Khánh resubmitted births"),
                        Map.of("unit_code", "01477", "done_by", "Lê Hoa", "reason", "corrected birth register"));
        assertThat(approvals.state(unit("01477"), YEAR)).isEqualTo(ApprovalState.RECEIVED);
    }

    @Test
    void aWaiverNeedsAReason() {
        Cli.Run run = approval("waive", "01480", "--by", "Nguyễn Thị Lan");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--reason");
    }

    private void approveCommunesAndWaiveTheRest() {
        assertThat(approval("approve", "01477", "--by", "Nguyễn Thị Lan").exitCode()).isZero();
        for (AdminUnit child : hierarchy.children(unit("047"))) {
            if (child.code().equals("01477")) {
                continue;
            }
            if (COMMUNES_WITH_DATA.contains(child.code())) {
                approvals.approve(child, YEAR, "Nguyễn Thị Lan");
            } else {
                approvals.waive(child, YEAR, "Nguyễn Thị Lan", "no report due from this commune in 2024");
            }
        }
    }

    private Cli.Run nightly() {
        return Cli.inProvinces("nightly", "--inbox", inbox.toString(), "--out", work.resolve("reports").toString());
    }

    private static Cli.Run approval(String action, String unit, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("approval", action, "--unit", unit, "--period", "2024"));
        args.addAll(List.of(more));
        return Cli.inProvinces(args.toArray(String[]::new));
    }

    private AdminUnit unit(String code) {
        return hierarchy.unit(YEAR, code).orElseThrow();
    }

    private BigDecimal boys(String unit) {
        return jdbc.queryForObject("select amount from aggregate_value where unit_code = ? and period = '2024' "
                + "and data_element = 'LIVE_BIRTHS' and disagg = 'M' and restatement = 'native'", BigDecimal.class, unit);
    }
}
