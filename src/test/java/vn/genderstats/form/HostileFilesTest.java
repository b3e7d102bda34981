package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.genderstats.testing.Forms;
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

    /** Issue 13: a sheet cut off mid-element is damaged, not an attack; the word "entity" in the parser's message is no DOCTYPE. */
    @Test
    void aSheetCutOffMidElementIsDamagedNotAnAttack() throws Exception {
        Path file = dir.resolve("cut-sheet.xlsx");
        HostileFiles.truncatedSheet(good(), file);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("file.corrupt");
        assertThat(e.messageVi()).contains("bị hỏng hoặc không trọn vẹn").doesNotContain("DOCTYPE");
        assertThat(e.getMessage()).contains("damaged or incomplete").doesNotContain("DOCTYPE");
    }

    @Test
    void onlyARealDoctypeIsCalledAnEntityAttack() {
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookFiles.read(dir.resolve("entities.xlsx")));

        assertThat(e.rule()).isEqualTo("file.xml-entities");
        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    /** Issue 13: a VBA project inside an .xlsx whose content types do not say macro-enabled is still macros. */
    @Test
    void anXlsxCarryingAVbaProjectIsRefusedAsMacrosNotAsDamaged() throws Exception {
        Path file = dir.resolve("hidden-macros.xlsx");
        HostileFiles.vbaProjectInXlsx(good(), file);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("file.macros");
        assertThat(e.messageVi()).contains("macro");
        assertThat(e.getMessage()).contains("macros");
    }

    /** Issue 18: the guards of genderstats' own .xlsx reader, each refusing by its named reason. */
    @Test
    void aSheetPastTheBoundOnCellsStopsBeingRead() throws Exception {
        Path file = dir.resolve("many-cells.xlsx");
        HostileFiles.tooManyCells(good(), file);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e.rule()).isEqualTo("file.too-many-cells");
        assertThat(e.messageVi()).contains(String.valueOf(SheetGrid.MAX_CELLS));
    }

    @Test
    void aPackageOfOverAThousandPartsIsRefusedAsAZipBomb() throws Exception {
        Path file = dir.resolve("many-parts.xlsx");
        HostileFiles.manyEntries(good(), file);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e.rule()).isEqualTo("file.zip-bomb");
    }

    @Test
    void anExcel4MacroSheetIsRefusedAsMacros() throws Exception {
        Path file = dir.resolve("macro-sheet.xlsx");
        HostileFiles.macroSheetContentType(good(), file);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e.rule()).isEqualTo("file.macros");
    }

    @Test
    void aDoctypeInTheSharedStringsIsAnEntityAttackToo() throws Exception {
        Path file = dir.resolve("entities-in-strings.xlsx");
        HostileFiles.entityInSharedStrings(good(), file);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e.rule()).isEqualTo("file.xml-entities");
    }

    @Test
    void aFileLargerThanAnyWorkbookIsRefusedUnread() throws Exception {
        Path file = dir.resolve("huge.xlsx");
        HostileFiles.oversized(file, WorkbookFiles.MAX_FILE_BYTES + 1L);

        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));

        assertThat(e.rule()).isEqualTo("file.too-large");
        assertThat(e.messageVi()).contains("32 MB");
        assertThat(e.getMessage()).contains("32 MB");
    }

    /** The checksum of what was read is the checksum of the file: reading never rewrites it (POI's usermodel can). */
    @Test
    void readingAWorkbookLeavesItsBytesAsTheyWere() throws Exception {
        Path file = good();
        byte[] before = Files.readAllBytes(file);

        WorkbookSheets read = WorkbookFiles.open(file);

        assertThat(read.sheets()).isNotEmpty();
        assertThat(read.stamp()).isPresent();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static Path good() throws Exception {
        Path good = dir.resolve("good-form.xlsx");
        if (!Files.exists(good)) {
            Forms.commune("01489", "Xã Đình Phong").births(10, 9).writeTo(good);
        }
        return good;
    }
}
