package vn.genderstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.form.CellKind;
import vn.genderstats.form.Finding;
import vn.genderstats.form.SheetCell;
import vn.genderstats.form.SheetGrid;
import vn.genderstats.form.WorkbookFiles;
import vn.genderstats.testing.Forms;

/**
 * Issue 18: the feedback on a form with findings, streamed without POI's usermodel, read back with POI as a unit's
 * spreadsheet program reads it: each finding's cell filled and commented by genderstats, numbers in their formats,
 * every finding listed, texts with markup and control characters as they were written (less what XML cannot hold).
 */
class StreamedFeedbackTest {

    /** Markup, quotes, an escape-like "_x0041_", tab and line break, and three characters XML cannot hold. */
    private static final String HOSTILE = "a < b & c > \"d\" 'e'\u0001\u0008 tab\there\nline _x0041_ end\uFFFE";
    private static final String HOSTILE_AS_READ = "a < b & c > \"d\" 'e' tab\there\nline _x0041_ end";
    private static final String SHEET = "Biểu & <mẫu> \"1\"";

    @TempDir
    Path dir;

    @Test
    void eachFindingIsFilledCommentedAndListedAndTextsComeBackAsWritten() throws Exception {
        SheetGrid form = WorkbookFiles.read(Forms.commune("01525", "Xã Đoài Dương").births(18, 12).bodies(2, 1)
                .writeTo(dir.resolve("bdg-2024.xlsx"))).stream().filter(s -> s.name().equals("Biểu mẫu")).findFirst().orElseThrow();
        SheetGrid grid = renamed(form, SHEET);
        SheetCell boys = holding(grid, 18);
        SheetCell girls = holding(grid, 12);
        grid.put(new SheetCell(girls.row(), girls.col(), CellKind.NUMBER, "12.25", 12.25, null));
        grid.put(new SheetCell(2, 10, CellKind.TEXT, HOSTILE, 0, null));   // K3, outside the table
        List<Finding> findings = List.of(
                Finding.error("test.error", SHEET, boys.ref(), "Lỗi <b> & \"c\"", "Error <b> & \"c\""),
                Finding.warning("test.warning", SHEET, girls.ref(), HOSTILE, HOSTILE),
                Finding.warning("test.blank", SHEET, "K2", "Ô trống", "A blank cell"),
                Finding.warning("test.file", null, null, "Cả tệp", "The whole file"));
        Path target = dir.resolve("bdg-2024.xlsx.feedback.xlsx");

        FeedbackWorkbook.write(target, new FeedbackWorkbook.About("01525/bdg-2024.xlsx", "sha", "Đã nhận", "Accepted"),
                grid, findings);
        // Kept for a look through LibreOffice.
        Files.copy(target, Files.createDirectories(Path.of("target", "report-samples")).resolve("streamed-" + target.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String births = Forms.CATALOG.element("LIVE_BIRTHS").orElseThrow().name().in("vi");
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet copy = wb.getSheet(SHEET);
            assertThat(wb.getSheetName(0)).isEqualTo(SHEET);

            XSSFCell error = cell(copy, boys.ref());
            assertThat(error.getNumericCellValue()).isEqualTo(18);
            assertThat(error.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(error.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(error.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(error.getCellComment().getAuthor()).isEqualTo("genderstats");
            assertThat(error.getCellComment().getString().getString()).startsWith(births + "\n\n")
                    .contains("Lỗi: Lỗi <b> & \"c\"", "Error: Error <b> & \"c\"");

            XSSFCell warning = cell(copy, girls.ref());
            assertThat(warning.getNumericCellValue()).isEqualTo(12.25);
            assertThat(warning.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0##");
            assertThat(warning.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(warning.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(warning.getCellComment().getAuthor()).isEqualTo("genderstats");
            assertThat(warning.getCellComment().getString().getString())
                    .contains("Cảnh báo: " + HOSTILE_AS_READ, "Warning: " + HOSTILE_AS_READ);

            XSSFCell blank = cell(copy, "K2");
            assertThat(blank.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(blank.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
            assertThat(blank.getCellComment().getString().getString()).isEqualTo("Cảnh báo: Ô trống\nWarning: A blank cell");
            assertThat(copy.getCellComments().keySet()).containsExactlyInAnyOrder(new CellAddress(boys.ref()),
                    new CellAddress(girls.ref()), new CellAddress("K2"));

            assertThat(cell(copy, "K3").getStringCellValue()).isEqualTo(HOSTILE_AS_READ);

            List<String> listed = new ArrayList<>();
            for (var row : wb.getSheet(FeedbackWorkbook.PROBLEMS_SHEET)) {
                if (row.getRowNum() > 4) {
                    listed.add(row.getCell(1).getStringCellValue() + " | " + row.getCell(3).getStringCellValue()
                            + " | " + row.getCell(5).getStringCellValue());
                }
            }
            assertThat(listed).containsExactly(SHEET + "!" + boys.ref() + " | Lỗi <b> & \"c\" | test.error",
                    SHEET + "!" + girls.ref() + " | " + HOSTILE_AS_READ + " | test.warning",
                    SHEET + "!K2 | Ô trống | test.blank", " | Cả tệp | test.file");
        }
        // Excel shows a comment (its red triangle, its box on hover) only with the legacy VML drawing placing it.
        try (ZipFile zip = new ZipFile(target.toFile())) {
            String vml = new String(zip.getInputStream(zip.getEntry("xl/drawings/vmlDrawing1.vml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(vml.split("ObjectType=\"Note\"", -1)).hasSize(4);
            assertThat(vml).contains("<x:Row>" + boys.row() + "</x:Row><x:Column>" + boys.col() + "</x:Column>",
                    "<x:Row>1</x:Row><x:Column>10</x:Column>");
        }
    }

    private static SheetGrid renamed(SheetGrid grid, String name) {
        SheetGrid copy = new SheetGrid(name);
        grid.rowNumbers().forEach(r -> grid.row(r).forEach(copy::put));
        return copy;
    }

    /** The one number cell of the form holding {@code value}. */
    private static SheetCell holding(SheetGrid grid, double value) {
        List<SheetCell> found = new ArrayList<>();
        grid.rowNumbers().forEach(r -> grid.row(r).stream().filter(c -> c.isNumber() && c.number() == value).forEach(found::add));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static XSSFCell cell(XSSFSheet sheet, String ref) {
        CellAddress at = new CellAddress(ref);
        return sheet.getRow(at.getRow()).getCell(at.getColumn());
    }
}
