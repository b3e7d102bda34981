package vn.genderstats.form;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.form.FormVocabulary.Column;
import vn.genderstats.form.FormVocabulary.HeaderLabel;

/**
 * Finds a form in a workbook's sheets by its labels, not by fixed cells: the header block (form,
 * unit, period) and the table whose columns are named Mã số / Tổng số / Nam / Nữ (or in English).
 * Rows are matched to data elements by the code in the Mã số column.
 */
public final class FormReader {

    /** What a typed data element code looks like ("GBV_VICTIMS", "GBV_VICTIMS.CHILD"). */
    private static final Pattern ELEMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z]+)?");

    private final Catalog catalog;

    public FormReader(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Reads a workbook file. A template's stamp (custom properties written by {@link FormWriter}) names its
     * form and layout version and wins over what the header cells say; hand-made sheets have only the cells.
     */
    public FilledForm read(Path file) throws UnreadableWorkbookException {
        return read(WorkbookFiles.open(file));
    }

    /** The form on a workbook's sheets, with the form id and version its stamp records. */
    public FilledForm read(WorkbookSheets workbook) throws UnreadableWorkbookException {
        FilledForm form = read(workbook.sheets());
        Optional<FormStamp> stamp = workbook.stamp();
        if (stamp.isEmpty()) {
            return form;
        }
        List<Finding> findings = new ArrayList<>(form.findings());
        if (catalog.formById(stamp.get().formId()).isEmpty()) {
            findings.add(Finding.warning("form.unknown", form.sheet(), form.formId().cell(),
                    "Biểu mẫu " + stamp.get().formId() + " không có trong danh mục; số liệu được đọc theo Mã số.",
                    "Form " + stamp.get().formId() + " is not in the catalogue; figures were read by their codes."));
        }
        catalog.formById(stamp.get().formId()).filter(f -> !f.version().equals(stamp.get().version()))
                .ifPresent(current -> findings.add(Finding.warning("form.other-version", form.sheet(),
                        form.formVersion().cell(),
                        "Biểu mẫu " + current.id() + " phiên bản " + stamp.get().version() + " không phải phiên bản hiện hành "
                                + current.version() + "; hãy dùng mẫu mới cho kỳ sau.",
                        "Form " + current.id() + " version " + stamp.get().version() + " is not the current version "
                                + current.version() + "; use the new template next time.")));
        return new FilledForm(form.sheet(), new HeaderField(stamp.get().formId(), form.formId().cell()),
                new HeaderField(stamp.get().version(), form.formVersion().cell()), form.unitCode(), form.unitName(),
                form.period(), form.values(), findings);
    }

    /**
     * The form on the first visible sheet that holds one: what the unit saw in Excel. Hidden sheets and further
     * forms are not read, and the unit is told so; cells covered by a merged range are ignored and flagged.
     */
    public FilledForm read(List<SheetGrid> sheets) throws UnreadableWorkbookException {
        FilledForm form = null;
        List<Finding> ignored = new ArrayList<>();
        Texts texts = new Texts();
        for (SheetGrid sheet : sheets) {
            Optional<TableHeader> table = findTable(sheet, texts);
            Map<HeaderLabel, HeaderField> header = readHeader(sheet, table.map(TableHeader::row).orElse(Integer.MAX_VALUE),
                    texts);
            if (table.isEmpty() || !header.containsKey(HeaderLabel.UNIT_CODE)) {
                continue;
            }
            if (sheet.hidden()) {
                ignored.add(IgnoredContent.hiddenSheet(sheet.name()));
            } else if (form == null) {
                form = readForm(sheet, header, table.get());
            } else {
                ignored.add(IgnoredContent.secondForm(sheet.name(), header.get(HeaderLabel.UNIT_CODE).text()));
            }
        }
        if (form == null) {
            if (!ignored.isEmpty()) {
                throw IgnoredContent.onlyHiddenForms(sheets.stream().filter(SheetGrid::hidden).map(SheetGrid::name).toList());
            }
            throw new UnreadableWorkbookException("form.not-found",
                    "Không tìm thấy biểu mẫu: cần dòng \"Mã đơn vị\" và bảng có cột \"Mã số\" và \"Tổng số\".",
                    "No form found: a \"Mã đơn vị\" (unit code) line and a table with \"Mã số\" (code) and"
                            + " \"Tổng số\" (total) columns are needed.");
        }
        String formSheet = form.sheet();
        sheets.stream().filter(s -> s.name().equals(formSheet)).findFirst()
                .flatMap(s -> IgnoredContent.coveredCells(s.name(), s.covered())).ifPresent(ignored::add);
        if (ignored.isEmpty()) {
            return form;
        }
        List<Finding> findings = new ArrayList<>(form.findings());
        findings.addAll(ignored);
        return new FilledForm(form.sheet(), form.formId(), form.formVersion(), form.unitCode(), form.unitName(),
                form.period(), form.values(), findings);
    }

    private record TableHeader(int row, Map<Column, Integer> columns) {
    }

    /**
     * The cells' texts as the unit meant them ({@link CellText}), each worked out once a workbook: the table is looked
     * for in the same cells as the header, and a unit's name is seen nowhere else, so no memo of all files holds it.
     */
    private static final class Texts {
        private final Map<SheetCell, String> known = new IdentityHashMap<>();

        String of(SheetCell cell) {
            return known.computeIfAbsent(cell, CellText::of);
        }
    }

    private static Optional<TableHeader> findTable(SheetGrid sheet, Texts texts) {
        for (int row : sheet.rowNumbers()) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            for (SheetCell cell : sheet.row(row)) {
                if (cell.kind() == CellKind.TEXT) {
                    FormVocabulary.column(texts.of(cell)).ifPresent(c -> columns.putIfAbsent(c, cell.col()));
                }
            }
            if (columns.containsKey(Column.CODE) && columns.containsKey(Column.TOTAL)) {
                return Optional.of(withSubHeader(sheet, new TableHeader(row, columns), texts));
            }
        }
        return Optional.empty();
    }

    /**
     * A two-row header: "Mã số" and "Tổng số" merged down over two rows, "Chia ra" merged across with
     * "Nam" and "Nữ" under it. Columns named only in the row below join the table, which then starts
     * after that row.
     */
    private static TableHeader withSubHeader(SheetGrid sheet, TableHeader header, Texts texts) {
        int below = header.row() + 1;
        Map<Column, Integer> more = new EnumMap<>(Column.class);
        for (SheetCell cell : sheet.row(below)) {
            if (cell.kind() == CellKind.TEXT) {
                FormVocabulary.column(texts.of(cell)).filter(c -> !header.columns().containsKey(c))
                        .ifPresent(c -> more.putIfAbsent(c, cell.col()));
            }
        }
        if (more.isEmpty() || more.containsKey(Column.CODE)) {
            return header;
        }
        Map<Column, Integer> columns = new EnumMap<>(header.columns());
        columns.putAll(more);
        return new TableHeader(below, columns);
    }

    private static Map<HeaderLabel, HeaderField> readHeader(SheetGrid sheet, int tableRow, Texts texts) {
        Map<HeaderLabel, HeaderField> header = new EnumMap<>(HeaderLabel.class);
        for (int row : sheet.rowNumbers()) {
            if (row >= tableRow) {
                break;
            }
            for (SheetCell cell : sheet.row(row)) {
                if (cell.kind() != CellKind.TEXT) {
                    continue;
                }
                Optional<FormVocabulary.LabelMatch> match = FormVocabulary.headerLabel(texts.of(cell));
                if (match.isEmpty() || header.containsKey(match.get().label())) {
                    continue;
                }
                if (!match.get().inlineValue().isEmpty()) {
                    header.put(match.get().label(), new HeaderField(match.get().inlineValue(), cell.ref()));
                    continue;
                }
                Optional<SheetCell> value = sheet.nextRight(row, cell.col());
                String expectedAt = new CellReference(row, cell.col() + 1).formatAsString(false);
                header.put(match.get().label(), value
                        .map(v -> new HeaderField(v.isNumber() ? plainNumber(v) : texts.of(v), v.ref()))
                        .orElse(new HeaderField(null, expectedAt)));
            }
        }
        return header;
    }

    private FilledForm readForm(SheetGrid sheet, Map<HeaderLabel, HeaderField> header, TableHeader table) {
        List<FormValue> values = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int codeCol = table.columns().get(Column.CODE);
        for (int row : sheet.rowNumbers()) {
            if (row <= table.row()) {
                continue;
            }
            Optional<SheetCell> codeCell = sheet.cell(row, codeCol);
            if (codeCell.isEmpty() || codeCell.get().kind() != CellKind.TEXT) {
                continue;
            }
            String code = CellText.of(codeCell.get()).toUpperCase(Locale.ROOT);
            boolean childRow = code.endsWith(FormVocabulary.CHILD_ROW_SUFFIX);
            String elementCode = childRow ? code.substring(0, code.length() - FormVocabulary.CHILD_ROW_SUFFIX.length()) : code;
            Optional<DataElement> element = catalog.element(elementCode);
            if (element.isEmpty()) {
                if (ELEMENT_CODE.matcher(code).matches() && code.contains("_")) {
                    findings.add(Finding.warning("form.unknown-code", sheet.name(), codeCell.get().ref(),
                            "Mã chỉ tiêu \"" + code + "\" không có trong danh mục; dòng này bị bỏ qua.",
                            "Data element code \"" + code + "\" is not in the catalogue; the row was ignored."));
                }
                continue;
            }
            readRow(sheet, row, element.get(), childRow, table.columns(), values, findings);
        }
        return new FilledForm(sheet.name(), field(header, HeaderLabel.FORM_ID), field(header, HeaderLabel.FORM_VERSION),
                field(header, HeaderLabel.UNIT_CODE), field(header, HeaderLabel.UNIT_NAME),
                field(header, HeaderLabel.PERIOD), values, findings);
    }

    private static void readRow(SheetGrid sheet, int row, DataElement element, boolean childRow,
            Map<Column, Integer> columns, List<FormValue> values, List<Finding> findings) {
        String prefix = childRow ? "CHILD_" : "";
        if (childRow && element.disaggregation() != Disaggregation.SEX_AGE) {
            return;
        }
        Map<Column, String> keys = new EnumMap<>(Column.class);
        keys.put(Column.TOTAL, prefix + "T");
        if (element.disaggregation() != Disaggregation.NONE) {
            keys.put(Column.MALE, prefix + "M");
            keys.put(Column.FEMALE, prefix + "F");
        }
        keys.forEach((column, key) -> {
            Integer col = columns.get(column);
            if (col == null) {
                return;
            }
            sheet.cell(row, col).ifPresent(cell -> value(sheet.name(), element, key, cell, values, findings));
        });
    }

    private static void value(String sheet, DataElement element, String key, SheetCell cell, List<FormValue> values,
            List<Finding> findings) {
        switch (cell.kind()) {
            case NUMBER -> {
                if (Double.isFinite(cell.number())) {
                    values.add(new FormValue(element.code(), key, BigDecimal.valueOf(cell.number()).stripTrailingZeros(), cell.ref()));
                } else if (Double.isNaN(cell.number())) {
                    findings.add(Finding.error("value.not-a-number", sheet, cell.ref(),
                            "Ô chứa \"" + cell.text() + "\", không phải là một số liệu; hãy nhập số.",
                            "The cell holds \"" + cell.text() + "\", which is not a figure; enter the number."));
                } else {
                    findings.add(Finding.error("value.out-of-range", sheet, cell.ref(),
                            "Số " + cell.text() + " vượt quá mọi số liệu có thể có; hãy kiểm tra lại ô này.",
                            cell.text() + " is beyond any figure there can be; check this cell."));
                }
            }
            case BOOLEAN -> values.add(new FormValue(element.code(), key, BigDecimal.valueOf(cell.number()), cell.ref()));
            case ERROR -> findings.add(Finding.error("value.error-cell", sheet, cell.ref(),
                    "Ô có lỗi công thức " + cell.text() + "; hãy nhập số liệu.",
                    "The cell holds the error " + cell.text() + "; enter the figure."));
            case FORMULA_WITHOUT_VALUE -> findings.add(Finding.error("value.formula-without-value", sheet, cell.ref(),
                    "Ô có công thức nhưng chưa được tính (không có giá trị lưu); hãy mở tệp bằng Excel, tính lại và lưu.",
                    "The cell has a formula that was never calculated (no saved value); open it in Excel, recalculate and save."));
            case TEXT -> textValue(sheet, element, key, cell, values, findings);
        }
    }

    private static void textValue(String sheet, DataElement element, String key, SheetCell cell,
            List<FormValue> values, List<Finding> findings) {
        String text = CellText.of(cell);
        if (element.valueType() == ValueType.YESNO) {
            Optional<BigDecimal> answer = yesNo(text);
            if (answer.isPresent()) {
                values.add(new FormValue(element.code(), key, answer.get(), cell.ref()));
                return;
            }
        }
        switch (NumberText.parse(text)) {
            case NumberText.Number n -> values.add(new FormValue(element.code(), key, n.amount(), cell.ref()));
            case NumberText.NotApplicable na -> values.add(new FormValue(element.code(), key, null, cell.ref()));
            case NumberText.Ambiguous a -> findings.add(Finding.error("value.ambiguous-number", sheet, cell.ref(),
                    "Số \"" + text + "\" có thể là " + a.asThousands().toPlainString() + " hoặc "
                            + a.asDecimal().toPlainString().replace('.', ',') + "; hãy nhập dạng số, không nhập chữ.",
                    "\"" + text + "\" could be " + a.asThousands().toPlainString() + " or " + a.asDecimal().toPlainString()
                            + "; enter it as a number, not as text."));
            case NumberText.NotANumber x -> findings.add(Finding.error("value.not-a-number", sheet, cell.ref(),
                    "\"" + text + "\" không phải là số.", "\"" + text + "\" is not a number."));
        }
    }

    /** The template's list offers Có / Không (Yes / No); 1 and 0 are stored, so yeses add up the hierarchy. */
    private static Optional<BigDecimal> yesNo(String text) {
        return switch (vn.genderstats.text.VietnameseLetters.fold(text).strip()) {
            case "co", "yes", "x" -> Optional.of(BigDecimal.ONE);
            case "khong", "no" -> Optional.of(BigDecimal.ZERO);
            default -> Optional.empty();
        };
    }

    private static HeaderField field(Map<HeaderLabel, HeaderField> header, HeaderLabel label) {
        return header.getOrDefault(label, new HeaderField(null, null));
    }

    private static String plainNumber(SheetCell cell) {
        if (!Double.isFinite(cell.number())) {
            return cell.text();
        }
        BigDecimal n = BigDecimal.valueOf(cell.number()).stripTrailingZeros();
        return n.scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
    }
}
