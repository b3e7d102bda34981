package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.genderstats.testing.ChildJvm;

/**
 * Issue 13, item 6: the database cannot be reached when a command starts (nothing listens on port 1). The command
 * waits for it a while (a restart of the server would be survived), then says so in both languages, with the URL
 * but never the password, and exits 1 without a stack trace on the console. Needs no database: runs once.
 */
@Execution(ExecutionMode.CONCURRENT) // runs beside the others: see junit-platform.properties
class DatabaseUnreachableTest {

    @TempDir
    Path work;

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPasswordInBothLanguagesAfterWaitingForIt() throws Exception {
        long start = System.nanoTime();
        ChildJvm.Child child = ChildJvm.start(null, work.resolve("console"),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/genderstats?password=secret42",
                        "SPRING_DATASOURCE_USERNAME", "postgres"),
                "aggregate", "--out", work.resolve("reports").toString());
        assertThat(child.process().waitFor(3, TimeUnit.MINUTES)).isTrue();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(child.process().exitValue()).as(child.out() + child.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(child.err()).contains("Cannot reach the database at jdbc:postgresql://127.0.0.1:1/genderstats")
                .contains("Không kết nối được cơ sở dữ liệu").contains("Check that it runs and SPRING_DATASOURCE_URL")
                .contains("exit code 1");
        assertThat(child.out() + child.err()).doesNotContain("secret42").doesNotContain("\tat ");
        assertThat(seconds).as("waited for the database before giving up").isGreaterThanOrEqualTo(25);
    }
}
