package vn.genderstats.form;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;
import vn.genderstats.period.Period;

/**
 * Reads an SDMX-CSV 2.0 export of a genderstats office below as a filled form, so it goes through the same
 * checks and store as a workbook. Only the consolidated dataflow is loaded (the child units' rows are for
 * information); the file must be about one unit and one period, with codes of the hierarchy version in force
 * for that period. Cells are named A1-style as a spreadsheet shows the CSV (OBS_VALUE column, line number).
 */
public final class SdmxCsvReader {

    static final String SHEET = "SDMX-CSV";

    private final Catalog catalog;
    private final Hierarchy hierarchy;

    public SdmxCsvReader(Catalog catalog, Hierarchy hierarchy) {
        this.catalog = catalog;
        this.hierarchy = hierarchy;
    }

    public static boolean handles(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SdmxCsv.EXTENSION);
    }

    public FilledForm read(Path file) throws UnreadableWorkbookException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            var records = csv.iterator();
            if (!records.hasNext()) {
                throw unreadable("sdmx.empty", "Tệp SDMX-CSV rỗng.", "The SDMX-CSV file is empty.");
            }
            Map<String, Integer> columns = columns(records.next());
            Slot slot = null;
            List<FormValue> values = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (record.getFieldCount() < columns.size() || !SdmxCsv.CONSOLIDATED.equals(field(record, columns, "STRUCTURE_ID"))) {
                    continue;
                }
                Slot here = new Slot(SpreadsheetText.restore(field(record, columns, "REF_AREA")),
                        field(record, columns, "HIERARCHY_VERSION"), field(record, columns, "TIME_PERIOD"),
                        SpreadsheetText.restore(field(record, columns, "UNIT_NAME")), record.getStartingLineNumber());
                if (slot == null) {
                    slot = here;
                } else if (!slot.sameAs(here)) {
                    throw unreadable("sdmx.several-slots",
                            "Dòng " + here.line + ": tệp chỉ được chứa số liệu tổng hợp của một đơn vị cho một kỳ (đã có "
                                    + slot + ", gặp " + here + ").",
                            "Line " + here.line + ": the file may hold one unit's consolidated figures for one period only ("
                                    + slot + " first, then " + here + ").");
                }
                value(record, columns, values, findings);
            }
            if (slot == null) {
                throw unreadable("sdmx.no-consolidated-rows",
                        "Không có dòng nào thuộc luồng dữ liệu " + SdmxCsv.CONSOLIDATED + ".",
                        "No row belongs to the dataflow " + SdmxCsv.CONSOLIDATED + ".");
            }
            Period period = checkedPeriod(slot);
            String refCell = cell(columns.get("REF_AREA"), slot.line);
            return new FilledForm(SHEET, new HeaderField(SdmxCsv.CONSOLIDATED, cell(columns.get("STRUCTURE_ID"), slot.line)),
                    new HeaderField(null, null), new HeaderField(slot.unit, refCell),
                    new HeaderField(slot.name == null || slot.name.isBlank() ? null : slot.name, cell(columns.get("UNIT_NAME"), slot.line)),
                    new HeaderField(period.code(), cell(columns.get("TIME_PERIOD"), slot.line)), values, findings);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableWorkbookException("file.unreadable", "Không đọc được tệp CSV: " + e.getMessage(),
                    "The CSV file cannot be read: " + e.getMessage(), e);
        }
    }

    private record Slot(String unit, String version, String timePeriod, String name, long line) {

        boolean sameAs(Slot o) {
            return unit.equals(o.unit) && version.equals(o.version) && timePeriod.equals(o.timePeriod);
        }

        @Override
        public String toString() {
            return unit + " " + timePeriod + " (" + version + ")";
        }
    }

    private Period checkedPeriod(Slot slot) throws UnreadableWorkbookException {
        Period period = SdmxCsv.period(slot.timePeriod).orElseThrow(() -> unreadable("sdmx.time-period",
                "Kỳ \"" + slot.timePeriod + "\" không đúng dạng SDMX (2024 hoặc 2024-S1).",
                "TIME_PERIOD \"" + slot.timePeriod + "\" is not an SDMX period (2024 or 2024-S1)."));
        Optional<HierarchyVersion> inForce = hierarchy.versionFor(period);
        if (inForce.isPresent() && !inForce.get().id().equals(slot.version)) {
            // A code means a unit only within its list: codes of another list are not taken at face value.
            throw unreadable("sdmx.hierarchy-version",
                    "Mã đơn vị thuộc danh mục " + slot.version + " nhưng kỳ " + period.label("vi")
                            + " dùng danh mục " + inForce.get().id() + ".",
                    "The unit codes are of the list of " + slot.version + " but " + period.label("en")
                            + " is reported on the list of " + inForce.get().id() + ".");
        }
        return period;
    }

    private void value(CsvRecord record, Map<String, Integer> columns, List<FormValue> values, List<Finding> findings) {
        long line = record.getStartingLineNumber();
        String code = field(record, columns, "DATA_ELEMENT").toUpperCase(Locale.ROOT);
        String at = cell(columns.get("OBS_VALUE"), line);
        Optional<DataElement> element = catalog.element(code);
        if (element.isEmpty()) {
            findings.add(Finding.warning("form.unknown-code", SHEET, cell(columns.get("DATA_ELEMENT"), line),
                    "Mã chỉ tiêu \"" + code + "\" không có trong danh mục; dòng này bị bỏ qua.",
                    "Data element code \"" + code + "\" is not in the catalogue; the row was ignored."));
            return;
        }
        if ("D".equalsIgnoreCase(field(record, columns, "ACTION").strip())) {
            findings.add(Finding.error("sdmx.delete", SHEET, cell(columns.get("ACTION"), line),
                    code + ": không nhận lệnh xóa (ACTION=D); hãy gửi lại số liệu đầy đủ.",
                    code + ": deletions (ACTION=D) are not taken; send the complete figures again."));
            return;
        }
        String sex = field(record, columns, "SEX");
        String age = field(record, columns, "AGE");
        Optional<String> disagg = SdmxCsv.disagg(sex, age).filter(d -> element.get().disaggregation().keys().contains(d));
        if (disagg.isEmpty()) {
            findings.add(Finding.error("sdmx.disaggregation", SHEET, cell(columns.get("SEX"), line),
                    code + ": không nhận phân tổ SEX=" + sex + ", AGE=" + age + ".",
                    code + ": the breakdown SEX=" + sex + ", AGE=" + age + " is not one of this data element's."));
            return;
        }
        String text = field(record, columns, "OBS_VALUE").strip();
        if (text.isEmpty() || text.equalsIgnoreCase("NaN")) {
            values.add(new FormValue(code, disagg.get(), null, at));
            return;
        }
        try {
            values.add(new FormValue(code, disagg.get(), new BigDecimal(text), at));
        } catch (NumberFormatException e) {
            findings.add(Finding.error("value.not-a-number", SHEET, at, "\"" + text + "\" không phải là số.",
                    "\"" + text + "\" is not a number."));
        }
    }

    private static Map<String, Integer> columns(CsvRecord header) throws UnreadableWorkbookException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            columns.putIfAbsent(header.getField(i).strip().toUpperCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        List<String> missing = SdmxCsv.COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw unreadable("sdmx.columns", "Thiếu cột SDMX-CSV: " + String.join(", ", missing) + " (dòng 1).",
                    "SDMX-CSV columns missing: " + String.join(", ", missing) + " (line 1).");
        }
        return columns;
    }

    private static String field(CsvRecord record, Map<String, Integer> columns, String name) {
        return record.getField(columns.get(name));
    }

    private static String cell(int column, long line) {
        return CellReference.convertNumToColString(column) + line;
    }

    private static UnreadableWorkbookException unreadable(String rule, String vi, String en) {
        return new UnreadableWorkbookException(rule, vi, en);
    }
}
