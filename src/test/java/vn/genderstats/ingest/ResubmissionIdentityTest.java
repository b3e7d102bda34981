package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 13, items 3 and 4: only bytes that were stored count as already received, so a file corrected as its
 * feedback asked is stored; and every file gets an answer of its own, whatever its name cleans to.
 */
class ResubmissionIdentityTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    Path inbox;
    Path out;

    @BeforeEach
    void clean() {
        TestDatabase.clean(jdbc);
        inbox = work.resolve("inbox");
        out = work.resolve("reports");
    }

    Cli.Run ingest() {
        return Cli.run("ingest", "--inbox", inbox.toString(), "--out", out.toString());
    }

    @Test
    void aFileRefusedForItsNameIsStoredOnceRenamedAsItsFeedbackSaid() throws Exception {
        Path badName = Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao..xlsx"));
        assertThat(ingest().exitCode()).isEqualTo(3);
        assertThat(outcomes()).containsExactly("01489-xa-dinh-phong/bao-cao..xlsx rejected");

        Files.move(badName, badName.resolveSibling("bao-cao.xlsx"));
        Cli.Run renamed = ingest();

        assertThat(renamed.exitCode()).as(renamed.out()).isZero();
        assertThat(outcomes()).containsExactly("01489-xa-dinh-phong/bao-cao..xlsx rejected",
                "01489-xa-dinh-phong/bao-cao.xlsx accepted");
        assertThat(jdbc.queryForObject("select count(*) from current_submission where unit_code = '01489'", Integer.class)).isOne();
        assertThat(IngestAcceptanceTest.problemsListed(out.resolve("outbox/01489-xa-dinh-phong/bao-cao.xlsx" + Outbox.SUFFIX)))
                .contains("Accepted").doesNotContain("already received");
    }

    @Test
    void aCommuneMaySendItsOwnFormAfterANeighbourSentTheSameBytesAndWasRefused() throws Exception {
        Path neighbours = Forms.commune("01501", "Xã Chí Viễn").births(21, 22).bodies(2, 1)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/chi-vien.xlsx"));
        assertThat(ingest().exitCode()).isEqualTo(3);

        Files.createDirectories(inbox.resolve("01501-xa-chi-vien"));
        Files.copy(neighbours, inbox.resolve("01501-xa-chi-vien/bao-cao.xlsx"));
        assertThat(ingest().exitCode()).isZero();

        assertThat(outcomes()).containsExactly("01489-xa-dinh-phong/chi-vien.xlsx rejected",
                "01501-xa-chi-vien/bao-cao.xlsx accepted");
        assertThat(jdbc.queryForList("select unit_code from current_submission", String.class)).containsExactly("01501");
        // Run again: nothing is judged twice.
        Cli.Run again = ingest();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("skipped, unchanged / bỏ qua, không đổi:  2");
        assertThat(outcomes()).hasSize(2);
    }

    @Test
    void namesThatCleanAlikeAndTheSameNameInTwoFoldersEachGetTheirOwnAnswer() throws Exception {
        String folder = "01489-xa-dinh-phong/";
        List<String> paths = List.of(folder + "bao cao.xlsx", folder + "bao_cao.xlsx", folder + "thang 6/bao-cao.xlsx",
                folder + "thang_6/bao-cao.xlsx", folder + "dot-1/x.xlsx", folder + "dot-2/x.xlsx");
        int boys = 10;
        for (String path : paths) {
            // Each file its own bytes, for one unit: later ones are resubmissions, each answered.
            Forms.commune("01489", "Xã Đình Phong").births(boys++, 12).bodies(2, 0).writeTo(inbox.resolve(path));
        }

        assertThat(ingest().exitCode()).isZero();

        List<Path> answers;
        try (Stream<Path> files = Files.walk(out.resolve("outbox"))) {
            answers = files.filter(p -> p.getFileName().toString().endsWith(Outbox.SUFFIX)).toList();
        }
        assertThat(answers).hasSize(paths.size());
        for (String path : paths) {
            assertThat(IngestAcceptanceTest.problemsListed(SafeNames.under(out.resolve("outbox"), path, Outbox.SUFFIX)))
                    .as(path).contains(path);
        }
    }

    private List<String> outcomes() {
        return jdbc.queryForList("select inbox_path || ' ' || outcome from received_file order by file_id", String.class);
    }
}
