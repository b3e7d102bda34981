package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import vn.genderstats.testing.Cli;
import vn.genderstats.testing.DatabaseTest;

/** An option given on the command line wins over application.yaml: the office can keep several configurations. */
class CommandOptionsTest extends DatabaseTest {

    @TempDir
    Path work;

    @Test
    void theJobsFolderGivenOnTheCommandLineIsTheOneRead() throws Exception {
        Path jobs = work.resolve("other-jobs");
        FileSystemUtils.copyRecursively(Path.of("jobs"), jobs);
        Files.writeString(jobs.resolve("catalog.yaml"), "dataElements: [\n");
        Files.createDirectories(work.resolve("empty"));

        Cli.Run run = Cli.run("ingest", "--jobs", jobs.toString(), "--inbox", work.resolve("empty").toString(),
                "--out", work.resolve("reports").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains(jobs.resolve("catalog.yaml").toString());
    }
}
