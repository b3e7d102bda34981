package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.testing.ChildJvm;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;
import vn.genderstats.testing.Forms;
import vn.genderstats.testing.ProvinceOffice;
import vn.genderstats.testing.TestDatabase;

/**
 * Issue 13, item 6: a failure outside the input files (a folder that cannot be written, an inbox that is not there)
 * says in both languages what is wrong and what to do, with the exit code of the README, and no stack trace on the
 * console; the trace is in the log file.
 */
class OperationalFailuresTest extends DatabaseTest {

    @TempDir
    Path work;

    private Path inboxWithOneForm() throws Exception {
        Path inbox = work.resolve("inbox");
        Forms.commune("01489", "Xã Đình Phong").births(18, 12).bodies(2, 0)
                .writeTo(inbox.resolve("01489-xa-dinh-phong/bao-cao-2024.xlsx"));
        return inbox;
    }

    /** The outbox is a plain file (even root cannot make folders in it): a real child process, its console read. */
    @Test
    void anOutboxThatIsAPlainFileIsNamedInBothLanguagesWithExitCode1AndNoStackTraceOnTheConsole() throws Exception {
        Path inbox = inboxWithOneForm();
        Path out = work.resolve("reports");
        Files.createDirectories(out);
        Files.writeString(out.resolve("outbox"), "not a folder");
        String url = TestDatabase.freshUrl("outbox_file", work.resolve("db"));

        ChildJvm.Child child = ChildJvm.start(url, work.resolve("console"), Map.of(),
                "ingest", "--jobs", ProvinceOffice.jobs().toString(), "--inbox", inbox.toString(), "--out", out.toString());
        assertThat(child.process().waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.process().exitValue()).as(child.out() + child.err()).isEqualTo(ExitCodes.FAILURE);
        String outbox = out.resolve("outbox").toAbsolutePath().toString();
        assertThat(child.err()).contains(outbox + " is a file, not a folder").contains(outbox + " là một tệp, không phải thư mục")
                .contains("exit code 1").doesNotContain("Unable to process chunk");
        assertThat(child.out() + child.err()).doesNotContain("\tat ").doesNotContain("Exception:");
        String log = Files.readString(out.resolve("logs/genderstats.log"));
        assertThat(log).contains(outbox + " is a file, not a folder").contains("\tat ");
    }

    /** A folder that may not be written (chattr +i: refused even to root, as a read-only share is). */
    @Test
    void anOutboxThatMayNotBeWrittenSaysSoInBothLanguages() throws Exception {
        Path inbox = inboxWithOneForm();
        Path out = work.resolve("reports");
        Path outbox = Files.createDirectories(out.resolve("outbox"));
        assumeTrue(chattr("+i", outbox), "chattr +i is not allowed here");
        try {
            Cli.Run run = Cli.run("ingest", "--inbox", inbox.toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).contains("Cannot write to " + outbox.toAbsolutePath())
                    .contains("Không ghi được vào " + outbox.toAbsolutePath()).contains("thiếu quyền ghi")
                    .contains("exit code 1").doesNotContain("Unable to process chunk");
        } finally {
            chattr("-i", outbox);
        }
    }

    /** The output folder itself may not be written: said before anything starts (the log could not go there). */
    @Test
    void anOutputFolderThatMayNotBeWrittenIsSaidBeforeAnythingStarts() throws Exception {
        Path inbox = inboxWithOneForm();
        Path out = Files.createDirectories(work.resolve("read-only-reports"));
        assumeTrue(chattr("+i", out), "chattr +i is not allowed here");
        try {
            Cli.Run run = Cli.run("ingest", "--inbox", inbox.toString(), "--out", out.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).contains("Cannot write to " + out.resolve("logs")).contains("Không ghi được vào "
                    + out.resolve("logs")).contains("thiếu quyền ghi").contains("exit code 1").doesNotContain("\tat ");
            assertThat(out).isEmptyDirectory();
        } finally {
            chattr("-i", out);
        }
    }

    @Test
    void anOutputFolderThatIsAPlainFileIsNamed() throws Exception {
        Path out = Files.writeString(work.resolve("reports.txt"), "a file");

        Cli.Run run = Cli.run("report", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains(out + " is a file, not a folder").contains(out + " là một tệp, không phải thư mục")
                .contains("exit code 1");
    }

    @Test
    void aMissingInboxIsOneLineInBothLanguagesAndAUsageError() {
        Path missing = work.resolve("no-such-inbox");
        for (String command : new String[] {"ingest", "nightly"}) {
            Cli.Run run = Cli.run(command, "--inbox", missing.toString(), "--out", work.resolve("reports").toString());

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).as(command).doesNotContain("\n")
                    .contains("The inbox " + missing.toAbsolutePath() + " does not exist").contains("check --inbox")
                    .contains("Thư mục nhận báo cáo " + missing.toAbsolutePath() + " không tồn tại")
                    .contains("exit code 2");
        }
    }

    private static boolean chattr(String flag, Path path) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
