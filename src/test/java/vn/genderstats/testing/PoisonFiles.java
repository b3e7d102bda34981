package vn.genderstats.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.genderstats.form.FormWriter;
import vn.genderstats.period.Period;

/**
 * The files that once failed a whole ingest run, or stored figures the unit could not see (issue 13): each built
 * from a real form of a commune of Trùng Khánh for 2023, each with what must become of it. Generated, never
 * committed.
 */
public final class PoisonFiles {

    /** What must become of a file: stored (its good figures kept) or rejected, and the rule that names it. */
    public record Expected(boolean stored, String rule) {
    }

    static final Period YEAR = Period.annual(2023);
    private static final int BOYS = 1234;
    private static final int GIRLS = 1111;

    private PoisonFiles() {
    }

    /** Writes every case under {@code inbox}; returns inbox path → what must become of it. */
    public static Map<String, Expected> writeAll(Path inbox) throws IOException {
        Map<String, Expected> cases = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("poison");

        rewriteSheet(good(work, "01447", "Thị trấn Trà Lĩnh"), inbox, "01447/nan.xlsx", xml -> number(xml, BOYS, "NaN"));
        cases.put("01447/nan.xlsx", new Expected(true, "value.not-a-number"));
        rewriteSheet(good(work, "01453", "Xã Tri Phương"), inbox, "01453/vo-cuc.xlsx", xml -> number(xml, BOYS, "1E+400"));
        cases.put("01453/vo-cuc.xlsx", new Expected(true, "value.out-of-range"));
        rewriteSheet(good(work, "01456", "Xã Quang Hán"), inbox, "01456/qua-lon.xlsx", xml -> number(xml, BOYS, "1E+20"));
        cases.put("01456/qua-lon.xlsx", new Expected(true, "value.out-of-range"));

        sdmx(inbox.resolve("01462/sdmx-1e30.csv"), "01462", "Xã Xuân Nội", "1E+30");
        cases.put("01462/sdmx-1e30.csv", new Expected(true, "value.out-of-range"));
        sdmx(inbox.resolve("01465/sdmx-mu-lon.csv"), "01465", "Xã Quang Trung", "1E+999999999");
        cases.put("01465/sdmx-mu-lon.csv", new Expected(true, "value.out-of-range"));
        sdmx(inbox.resolve("01495/sdmx-nul.csv"), "01495", "Xã Đàm\u0000 Thuỷ khác", String.valueOf(BOYS));
        cases.put("01495/sdmx-nul.csv", new Expected(true, "header.unit-name-mismatch"));

        renameSheet(good(work, "01468", "Xã Quang Vinh"), inbox, "01468/ten-trang-dai.xlsx", "Biểu mẫu " + "x".repeat(126));
        cases.put("01468/ten-trang-dai.xlsx", new Expected(true, null));
        HostileFiles.rewritePart(good(work, "01471", "Xã Cao Chương"), target(inbox, "01471/so-bieu-dai.xlsx"),
                "docProps/custom.xml", xml -> xml.replaceFirst(
                        "(name=\"genderstats.formId\"[^>]*>\\s*<vt:lpwstr>)[^<]*", "$1" + "B".repeat(70)));
        cases.put("01471/so-bieu-dai.xlsx", new Expected(true, "form.unknown"));
        Files.copy(good(work, "01477", "Thị trấn Trùng Khánh"), target(inbox, "12345678901234567890/bao-cao.xlsx"));
        cases.put("12345678901234567890/bao-cao.xlsx", new Expected(false, "sender.not-allowed"));
        String deep = "01480/" + ("thu-muc-" + "d".repeat(200) + "/").repeat(5) + "bao-cao.xlsx";
        Files.copy(good(work, "01480", "Xã Ngọc Khê"), target(inbox, deep));
        cases.put(deep, new Expected(true, null));

        // A negative count gives the feedback a copy of the form, whose sheet name is then the trouble.
        Path negative = Forms.commune("01481", "Xã Ngọc Côn").period(YEAR).births(BOYS, GIRLS).bodies(2, 1).with("GBV_CASES_PHYSICAL", -2)
                .writeTo(work.resolve("01481.xlsx"));
        renameSheet(negative, inbox, "01481/trang-loi.xlsx", "Lỗi - Problems");
        cases.put("01481/trang-loi.xlsx", new Expected(true, "value.negative"));
        Path negative2 = Forms.commune("01483", "Xã Phong Nậm").period(YEAR).births(BOYS, GIRLS).bodies(2, 1).with("GBV_CASES_PHYSICAL", -2)
                .writeTo(work.resolve("01483.xlsx"));
        renameSheet(negative2, inbox, "01483/dau-hai-cham.xlsx", "Biểu: mẫu?");
        cases.put("01483/dau-hai-cham.xlsx", new Expected(true, "value.negative"));

        rowsWithoutNumbers(good(work, "01498", "Xã Khâm Thành"), target(inbox, "01498/400-nghin-dong.xlsx"), 400_000);
        cases.put("01498/400-nghin-dong.xlsx", new Expected(false, "file.too-many-rows"));

        hiddenFirstSheet(good(work, "01504", "Xã Lăng Hiếu"), target(inbox, "01504/trang-an.xlsx"));
        cases.put("01504/trang-an.xlsx", new Expected(true, "sheet.hidden-ignored"));
        mergedOverFigures(good(work, "01507", "Xã Phong Châu"), target(inbox, "01507/o-gop.xlsx"));
        cases.put("01507/o-gop.xlsx", new Expected(true, "cell.covered-ignored"));
        secondForm(good(work, "01516", "Xã Trung Phúc"), target(inbox, "01516/hai-bieu.xlsx"), "01519");
        cases.put("01516/hai-bieu.xlsx", new Expected(true, "sheet.second-form-ignored"));
        return cases;
    }

    /** Births as written in every poisoned form: boys, girls. */
    public static List<Integer> births() {
        return List.of(BOYS, GIRLS);
    }

    private static Path good(Path work, String code, String name) throws IOException {
        return Forms.commune(code, name).period(YEAR).births(BOYS, GIRLS).bodies(2, 1).writeTo(work.resolve(code + ".xlsx"));
    }

    private static Path target(Path inbox, String relative) throws IOException {
        Path target = inbox.resolve(relative);
        Files.createDirectories(target.getParent());
        return target;
    }

    private static void rewriteSheet(Path good, Path inbox, String relative, java.util.function.UnaryOperator<String> change)
            throws IOException {
        HostileFiles.rewriteSheet(good, target(inbox, relative), change);
    }

    /** The cell holding {@code value} gets {@code raw} as its number, as a hostile or broken writer may put it. */
    private static String number(String xml, int value, String raw) {
        String changed = xml.replaceFirst("<v>" + value + "(\\.0)?</v>", "<v>" + raw + "</v>");
        if (changed.equals(xml)) {
            throw new IllegalStateException("no cell holds " + value);
        }
        return changed;
    }

    private static void renameSheet(Path good, Path inbox, String relative, String name) throws IOException {
        String escaped = name.replace("&", "&amp;").replace("\"", "&quot;");
        HostileFiles.rewritePart(good, target(inbox, relative), "xl/workbook.xml",
                xml -> xml.replace("name=\"" + FormWriter.SHEET + "\"", "name=\"" + escaped + "\""));
    }

    /** An SDMX-CSV export of one commune for 2023, births by sex; {@code boys} as written in OBS_VALUE. */
    public static void sdmx(Path target, String unit, String name, String boys) throws IOException {
        Files.createDirectories(target.getParent());
        String head = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,HIERARCHY_VERSION,TIME_PERIOD,DATA_ELEMENT,SEX,AGE,OBS_VALUE,"
                + "UNIT_MEASURE,UNIT_NAME\n";
        String row = "dataflow,VN_GENDERSTATS:DF_GE_CONSOLIDATED(1.0),I," + unit + ",2021-02-01,2023,%s,%s,_T,%s,PERSON,\"" + name + "\"\n";
        Files.writeString(target, head + row.formatted("LIVE_BIRTHS", "M", boys) + row.formatted("LIVE_BIRTHS", "F", GIRLS)
                + row.formatted("LIVE_BIRTHS", "_T", BOYS + GIRLS) + row.formatted("GOV_BODIES", "_T", 2)
                + row.formatted("GOV_BODIES_FEMALE_KEY_LEADER", "_T", 1), StandardCharsets.UTF_8);
    }

    /** The form's sheet replaced by {@code rows} rows that leave out their {@code r} attribute. */
    private static void rowsWithoutNumbers(Path good, Path target, int rows) throws IOException {
        HostileFiles.copyPackage(good, target, (name, out) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return false;
            }
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= rows; r++) {
                w.write("<row><c><v>" + r + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            return true;
        });
    }

    /** A very hidden first sheet holding other figures (boys 999) before the visible form. */
    private static void hiddenFirstSheet(Path good, Path target) throws IOException {
        edit(good, target, wb -> {
            XSSFSheet old = wb.cloneSheet(0, "Số liệu cũ");
            replaceNumber(old, BOYS, 999);
            wb.setSheetOrder("Số liệu cũ", 0);
            wb.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(1);
            wb.setFirstVisibleTab(1);
        });
    }

    /** The births row's total merged across the sex columns, which still hold their figures. */
    private static void mergedOverFigures(Path good, Path target) throws IOException {
        edit(good, target, wb -> {
            XSSFSheet sheet = wb.getSheet(FormWriter.SHEET);
            Cell boys = find(sheet, BOYS);
            Cell total = find(sheet, BOYS + GIRLS);
            sheet.addMergedRegion(new CellRangeAddress(total.getRowIndex(), total.getRowIndex(),
                    Math.min(total.getColumnIndex(), boys.getColumnIndex()), boys.getColumnIndex() + 1));
        });
    }

    /** A second visible sheet holding another commune's form. */
    private static void secondForm(Path good, Path target, String otherUnit) throws IOException {
        edit(good, target, wb -> {
            XSSFSheet other = wb.cloneSheet(0, "Xã khác");
            for (Row row : other) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("01516")) {
                        cell.setCellValue(otherUnit);
                    }
                }
            }
        });
    }

    private interface WorkbookEdit {
        void apply(XSSFWorkbook wb);
    }

    /** Opens the good form from a stream (never from the file: POI may rewrite a file it opens) and writes the edit. */
    private static void edit(Path good, Path target, WorkbookEdit edit) throws IOException {
        try (InputStream in = Files.newInputStream(good); XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(target)) {
            edit.apply(wb);
            wb.write(out);
        }
    }

    private static Cell find(XSSFSheet sheet, int value) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value) {
                    return cell;
                }
            }
        }
        throw new IllegalStateException("no cell holds " + value);
    }

    private static void replaceNumber(XSSFSheet sheet, int value, int replacement) {
        find(sheet, value).setCellValue(replacement);
    }
}
