package vn.genderstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.period.Period;
import vn.genderstats.report.PublishedFigures.Cell;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.ProvinceTest;
import vn.genderstats.testing.TestDatabase;

/**
 * The period's plan over two provinces. No report prints the nation's figures, so a small count in one province
 * must not cost another province its published totals: taken as known, the nation's sums tied every province's
 * hidden cells into one system (and made a national period's plan take many minutes).
 */
class PeriodSuppressionTest extends ProvinceTest {

    private static final String GBV = "GBV_VICTIMS";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeriodSuppression suppression;

    @Test
    void aSmallCountInOneProvinceHidesNothingOfAnother() throws IOException {
        TestDatabase.clean(jdbc);
        Path inbox = Files.createTempDirectory("period-suppression").resolve("inbox");
        // Thị trấn Trà Lĩnh is the only commune of its district and province to report: its 1 victim is hidden, and
        // with it the district's and Cao Bằng's totals, which equal it.
        victims(Forms.commune("01447", "Thị trấn Trà Lĩnh"), 1, 1, 0)
                .writeTo(inbox.resolve("01447-thi-tran-tra-linh/bdg-2024.xlsx"));
        victims(Forms.commune("09163", "Phường Vũ Ninh"), 10, 4, 6)
                .writeTo(inbox.resolve("09163-phuong-vu-ninh/bdg-2024.xlsx"));
        ingestAndRollUp(inbox, inbox.resolveSibling("reports"));

        Set<Cell> hidden = suppression.plan("2021-02-01", Period.annual(2024)).hidden();

        assertThat(hidden).as("Cao Bằng's small count and the totals that equal it")
                .contains(new Cell("01447", GBV, "T"), new Cell("047", GBV, "T"), new Cell("04", GBV, "T"));
        assertThat(hidden).as("nothing of Bắc Ninh, whose commune reported 10 victims")
                .noneMatch(c -> Set.of("09163", "256", "27").contains(c.unit()));
    }

    @Test
    void thePlanIsDecidedAgainOnceThePeriodIsRolledUpAgain() throws IOException {
        TestDatabase.clean(jdbc);
        Path inbox = Files.createTempDirectory("period-suppression").resolve("inbox");
        Path out = inbox.resolveSibling("reports");
        victims(Forms.commune("09163", "Phường Vũ Ninh"), 10, 4, 6)
                .writeTo(inbox.resolve("09163-phuong-vu-ninh/bdg-2024.xlsx"));
        ingestAndRollUp(inbox, out);
        Cell vuNinh = new Cell("09163", GBV, "T");
        assertThat(suppression.plan("2021-02-01", Period.annual(2024)).hidden()).doesNotContain(vuNinh);

        // The ward corrects its figure to 1 victim: small, so hidden from the next roll-up on.
        victims(Forms.commune("09163", "Phường Vũ Ninh"), 1, 0, 1)
                .writeTo(inbox.resolve("09163-phuong-vu-ninh/bdg-2024-sua.xlsx"));
        ingestAndRollUp(inbox, out);

        assertThat(suppression.plan("2021-02-01", Period.annual(2024)).hidden()).contains(vuNinh);
    }

    private static void ingestAndRollUp(Path inbox, Path out) {
        Cli.Run ingest = Cli.inProvinces("ingest", "--inbox", inbox.toString(), "--out", out.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Cli.Run aggregate = Cli.inProvinces("aggregate", "--period", "2024", "--out", out.toString());
        assertThat(aggregate.exitCode()).as(aggregate.err()).isZero();
    }

    private static Forms victims(Forms form, int total, int men, int women) {
        return form.bodies(2, 1).with(GBV + ".T", total).with(GBV + ".M", men).with(GBV + ".F", women)
                .with(GBV + ".CHILD_T", 0).with(GBV + ".CHILD_M", 0).with(GBV + ".CHILD_F", 0);
    }
}
