package vn.genderstats.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.genderstats.testing.Forms;

/**
 * What units really send, one generated fixture per quirk: sheets retyped by hand, merged headers, footers,
 * formulas, numbers typed as text, error cells, "không có", and text in TCVN3 or VNI fonts.
 */
class RealSheetQuirksTest {

    @TempDir
    Path dir;

    final FormReader reader = new FormReader(Forms.CATALOG);

    /** A hand-made sheet: cells by A1 reference, each with an optional font. */
    final class Sheet1 {
        final Workbook wb;
        final Sheet sheet;

        Sheet1(Workbook wb) {
            this.wb = wb;
            this.sheet = wb.createSheet("BC");
        }

        Cell put(String ref, Object value) {
            return put(ref, value, null);
        }

        Cell put(String ref, Object value, String font) {
            org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
            Row row = Optional.ofNullable(sheet.getRow(at.getRow())).orElseGet(() -> sheet.createRow(at.getRow()));
            Cell cell = row.createCell(at.getCol());
            switch (value) {
                case Number n -> cell.setCellValue(n.doubleValue());
                case String s -> cell.setCellValue(s);
                default -> throw new IllegalArgumentException(String.valueOf(value));
            }
            if (font != null) {
                org.apache.poi.ss.usermodel.Font f = wb.createFont();
                f.setFontName(font);
                CellStyle style = wb.createCellStyle();
                style.setFont(f);
                cell.setCellStyle(style);
            }
            return cell;
        }

        /** The usual header block and a one-row table head; data rows go from row 8. */
        Sheet1 form(String code, String total, String male, String female) {
            put("A1", "Mã đơn vị:");
            put("B1", "01489");
            put("A2", "Kỳ báo cáo:");
            put("B2", "Năm 2024");
            put("A7", code);
            put("B7", total);
            put("C7", male);
            put("D7", female);
            return this;
        }

        Path save(String name) throws Exception {
            Path file = dir.resolve(name);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            wb.close();
            return file;
        }
    }

    FilledForm read(Path file) throws Exception {
        return reader.read(WorkbookFiles.read(file));
    }

    BigDecimal value(FilledForm form, String element, String disagg) {
        return form.values().stream().filter(v -> v.element().equals(element) && v.disagg().equals(disagg))
                .map(FormValue::amount).findFirst().orElseThrow(() -> new AssertionError("no " + element + "." + disagg));
    }

    @Test
    void theHeaderBlockIsFoundByItsLabelsWhereverTheyStandInlineOrBesideTheirValue() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook());
        s.put("C1", "BÁO CÁO THỐNG KÊ BÌNH ĐẲNG GIỚI");
        s.put("D3", "Đơn vị báo cáo");
        s.put("F3", "Xã Đình Phong");
        s.put("D4", "Mã đơn vị: 01489");
        s.put("D5", "Reporting period");
        s.put("E5", "Năm 2024");
        s.put("B9", "Mã số");
        s.put("C9", "Tổng số");
        s.put("B10", "GOV_BODIES");
        s.put("C10", 3);

        FilledForm form = read(s.save("header.xlsx"));

        assertThat(form.unitCode()).isEqualTo(new HeaderField("01489", "D4"));
        assertThat(form.unitName()).isEqualTo(new HeaderField("Xã Đình Phong", "F3"));
        assertThat(form.period()).isEqualTo(new HeaderField("Năm 2024", "E5"));
        assertThat(value(form, "GOV_BODIES", "T")).isEqualByComparingTo("3");
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}")
    @CsvSource({
        "Mã số, Tổng số, Nam, Nữ",
        "Ma so, Tong so, Nam, Nu",
        "MÃ SỐ, TỔNG SỐ, NAM, NỮ",
        "Code, Total, Male, Female",
        "Mã số / Code, Tổng số / Total, Nam / Male, Nữ / Female",
        "Ma chi tieu, Tong, Men, Women"})
    void tableColumnsAreFoundByTheirHeaderTextInVietnameseOrEnglishWithOrWithoutDiacritics(String code, String total,
            String male, String female) throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form(code, total, male, female);
        s.put("A8", "LIVE_BIRTHS");
        s.put("B8", 30);
        s.put("C8", 18);
        s.put("D8", 12);

        FilledForm form = read(s.save("columns.xlsx"));

        assertThat(form.values()).extracting(FormValue::disagg, v -> v.amount().intValue(), FormValue::cell)
                .containsExactlyInAnyOrder(tuple("T", 30, "B8"), tuple("M", 18, "C8"), tuple("F", 12, "D8"));
    }

    @Test
    void mergedHeaderCellsOverTwoRowsAndAMergedLabelStillRead() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook());
        s.put("A1", "Mã đơn vị:");
        s.sheet.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
        s.put("C1", "01489");
        s.put("A2", "Kỳ báo cáo:");
        s.put("C2", "Năm 2024");
        s.put("A5", "Mã số");
        s.sheet.addMergedRegion(CellRangeAddress.valueOf("A5:A6"));
        s.put("B5", "Chỉ tiêu");
        s.sheet.addMergedRegion(CellRangeAddress.valueOf("B5:B6"));
        s.put("C5", "Tổng số");
        s.sheet.addMergedRegion(CellRangeAddress.valueOf("C5:C6"));
        s.put("D5", "Chia ra");
        s.sheet.addMergedRegion(CellRangeAddress.valueOf("D5:E5"));
        s.put("D6", "Nam");
        s.put("E6", "Nữ");
        s.put("A7", "LIVE_BIRTHS");
        s.put("B7", "Số trẻ sinh ra sống");
        s.put("C7", 30);
        s.put("D7", 18);
        s.put("E7", 12);

        FilledForm form = read(s.save("merged.xlsx"));

        assertThat(form.unitCode()).isEqualTo(new HeaderField("01489", "C1"));
        assertThat(form.values()).extracting(FormValue::disagg, v -> v.amount().intValue())
                .containsExactlyInAnyOrder(tuple("T", 30), tuple("M", 18), tuple("F", 12));
    }

    @Test
    void emptyRowsAKeyRowAndTheSignatureFooterAreNotData() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A8", "A");
        s.put("B8", "1");
        s.put("C8", "2");
        s.put("D8", "3");
        s.put("A10", "GOV_BODIES");
        s.put("B10", 2);
        s.put("A14", "GOV_BODIES_FEMALE_KEY_LEADER");
        s.put("B14", 1);
        s.put("A17", "Người lập biểu");
        s.put("C17", "Thủ trưởng đơn vị");
        s.put("A18", "Ngày 10 tháng 12 năm 2024");
        s.put("B19", "(Ký, ghi rõ họ tên)");

        FilledForm form = read(s.save("footer.xlsx"));

        assertThat(form.values()).extracting(FormValue::element, v -> v.amount().intValue())
                .containsExactlyInAnyOrder(tuple("GOV_BODIES", 2), tuple("GOV_BODIES_FEMALE_KEY_LEADER", 1));
        assertThat(form.findings()).isEmpty();
    }

    @Test
    void formulasAreReadFromTheirCachedValuesAndOneNeverCalculatedIsReported() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A8", "LIVE_BIRTHS");
        s.put("C8", 18);
        s.put("D8", 12);
        s.put("B8", 0).setCellFormula("C8+D8");
        s.wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        s.put("A9", "GOV_BODIES");
        s.put("B9", 0).setCellFormula("C8-16");
        Path file = s.save("formulas.xlsx");
        stripCachedValue(file, "B9");

        FilledForm form = read(file);

        assertThat(value(form, "LIVE_BIRTHS", "T")).isEqualByComparingTo("30");
        assertThat(form.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("value.formula-without-value");
            assertThat(f.place()).isEqualTo("BC!B9");
            assertThat(f.messageVi()).contains("công thức");
            assertThat(f.messageEn()).contains("formula");
        });
    }

    @Test
    void cellsInErrorAreReportedWithTheirError() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A8", "LIVE_BIRTHS");
        s.put("B8", 0).setCellErrorValue(FormulaError.DIV0.getCode());
        s.put("C8", 18);

        FilledForm form = read(s.save("error.xlsx"));

        assertThat(form.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("value.error-cell");
            assertThat(f.place()).isEqualTo("BC!B8");
            assertThat(f.messageEn()).contains("#DIV/0!");
        });
        assertThat(value(form, "LIVE_BIRTHS", "M")).isEqualByComparingTo("18");
    }

    @Test
    void zeroBlankAndNotApplicableAreKeptApart() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A8", "GOV_BODIES");
        s.put("B8", 0);
        s.put("A9", "KEY_LEADERS");
        s.put("B9", "không có");
        s.put("C9", "N/A");
        s.put("D9", "  ");
        s.put("A10", "LEADERSHIP_POOL");

        FilledForm form = read(s.save("zero.xlsx"));

        assertThat(form.values()).extracting(FormValue::element, FormValue::disagg, FormValue::amount).containsExactlyInAnyOrder(
                tuple("GOV_BODIES", "T", BigDecimal.ZERO),
                tuple("KEY_LEADERS", "T", null),
                tuple("KEY_LEADERS", "M", null));
        assertThat(form.values()).filteredOn(FormValue::isNotApplicable).hasSize(2);
    }

    @Test
    void numbersTypedAsTextWithVietnameseOrEnglishSeparatorsAndAmbiguousOnesFlagged() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A8", "EMPLOYED");
        s.put("B8", "12.345");
        s.put("C8", "6.200,0");
        s.put("D8", "6,145.0");
        s.put("A9", "UNPAID_CARE_HOURS_WOMEN");
        s.put("B9", "21,5");

        FilledForm form = read(s.save("text-numbers.xlsx"));

        assertThat(value(form, "EMPLOYED", "M")).isEqualByComparingTo("6200");
        assertThat(value(form, "EMPLOYED", "F")).isEqualByComparingTo("6145");
        assertThat(value(form, "UNPAID_CARE_HOURS_WOMEN", "T")).isEqualByComparingTo("21.5");
        assertThat(form.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("value.ambiguous-number");
            assertThat(f.place()).isEqualTo("BC!B8");
            assertThat(f.messageEn()).contains("12345").contains("12.345");
        });
    }

    @Test
    void tcvn3TextInVnTimeFontsIsConvertedToUnicodeNfc() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("M· sè", "Tæng sè", "Nam", "N÷");
        for (String ref : new String[] {"A7", "B7", "D7"}) {
            s.sheet.getRow(6).getCell(new org.apache.poi.ss.util.CellReference(ref).getCol()).setCellStyle(font(s, ".VnTime"));
        }
        s.put("A3", "§¬n vÞ b¸o c¸o:", ".VnTime");
        s.put("B3", "X· §×nh Phong", ".VnTime");
        s.put("A4", "BiÓu sè:", ".VnTime");
        s.put("B4", "x· ®×nh phong", ".VnTimeH");
        s.put("A8", "LIVE_BIRTHS");
        s.put("B8", 30);
        s.put("D8", 12);

        FilledForm form = read(s.save("tcvn3.xlsx"));

        assertThat(form.unitName()).isEqualTo(new HeaderField("Xã Đình Phong", "B3"));
        assertThat(form.formId().text()).isEqualTo("XÃ ĐÌNH PHONG");
        assertThat(Normalizer.isNormalized(form.unitName().text(), Normalizer.Form.NFC)).isTrue();
        assertThat(value(form, "LIVE_BIRTHS", "F")).isEqualByComparingTo("12");
    }

    @Test
    void vniTextInVniTimesAndLegacyTextWithoutALegacyFontAreConvertedToUnicode() throws Exception {
        Sheet1 s = new Sheet1(new XSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A3", "Ñôn vò baùo caùo:", "VNI-Times");
        s.put("B3", "Xaõ Ñình Phong", "VNI-Times");
        s.put("A4", "BiÓu sè:", "Arial");
        s.put("B4", "Ngµy nhËn b¸o c¸o", "Arial");
        s.put("A8", "GOV_BODIES");
        s.put("B8", 2);

        FilledForm form = read(s.save("vni.xlsx"));

        assertThat(form.unitName()).isEqualTo(new HeaderField("Xã Đình Phong", "B3"));
        assertThat(form.formId()).isEqualTo(new HeaderField("Ngày nhận báo cáo", "B4"));
    }

    @Test
    void anOldXlsWithTcvn3TextReadsThroughHssfWithItsFontNames() throws Exception {
        Sheet1 s = new Sheet1(new HSSFWorkbook()).form("Mã số", "Tổng số", "Nam", "Nữ");
        s.put("A3", "§¬n vÞ b¸o c¸o:", ".VnTime");
        s.put("B3", "X· §×nh Phong", ".VnTime");
        s.put("A8", "GOV_BODIES");
        s.put("B8", 2);

        FilledForm form = read(s.save("tcvn3.xls"));

        assertThat(form.unitName().text()).isEqualTo("Xã Đình Phong");
        assertThat(value(form, "GOV_BODIES", "T")).isEqualByComparingTo("2");
    }

    private static CellStyle font(Sheet1 s, String name) {
        org.apache.poi.ss.usermodel.Font f = s.wb.createFont();
        f.setFontName(name);
        CellStyle style = s.wb.createCellStyle();
        style.setFont(f);
        return style;
    }

    /** Removes the saved result of a formula cell, as a tool that never calculates would write it. */
    private static void stripCachedValue(Path file, String ref) throws Exception {
        Path copy = file.resolveSibling("stripped.tmp");
        try (var zip = new java.util.zip.ZipFile(file.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var e : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    xml = xml.replaceAll("(<c r=\"" + ref + "\"[^>]*>\\s*<f>[^<]*</f>)\\s*<v>[^<]*</v>", "$1");
                    bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
