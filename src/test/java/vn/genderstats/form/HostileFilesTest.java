package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.genderstats.testing.HostileFiles;

/** Each broken or hostile file is refused by the readers with its own named, bilingual reason. */
class HostileFilesTest {

    @TempDir
    static Path dir;

    static Map<String, String> cases;

    @BeforeAll
    static void write() throws Exception {
        cases = HostileFiles.writeAll(dir, "01489", "Xã Đình Phong");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated.xlsx", "password.xlsx", "macros.xlsm", "report.xlsx", "empty.xlsx", "bomb.xlsx",
        "entities.xlsx", "million-rows.xlsx"})
    void isRefusedWithItsNamedReasonInBothLanguages(String name) {
        long start = System.nanoTime();
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookFiles.read(dir.resolve(name)));

        assertThat(e).as(name).isNotNull();
        assertThat(e.rule()).isEqualTo(cases.get(name));
        assertThat(e.messageVi()).isNotBlank().isNotEqualTo(e.getMessage());
        assertThat(e.getMessage()).isNotBlank();
        if (name.equals("million-rows.xlsx")) {
            assertThat(e.getMessage()).contains("Biểu mẫu").contains(String.valueOf(SheetGrid.MAX_ROWS));
            // Stopped at the bound: reading a million rows through the SAX handler takes seconds, the bound milliseconds.
            assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        }
    }
}
