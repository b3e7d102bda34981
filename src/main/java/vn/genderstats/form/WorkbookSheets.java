package vn.genderstats.form;

import java.util.List;
import java.util.Optional;

/** What one read of a workbook file gives: its sheets, and the stamp a template carries (none for .xls). */
public record WorkbookSheets(List<SheetGrid> sheets, Optional<FormStamp> stamp) {
}
