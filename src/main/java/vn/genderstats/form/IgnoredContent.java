package vn.genderstats.form;

import java.util.List;
import java.util.Optional;

/**
 * What a workbook holds that the unit could not see, or that is not its form, and so is not read: hidden
 * sheets, a second form, cells under a merged range. The unit is told, so that no figure is dropped silently.
 */
final class IgnoredContent {

    /** Cells named in one finding; a sheet with more says how many others there are. */
    private static final int CELLS_NAMED = 10;

    private IgnoredContent() {
    }

    static Finding hiddenSheet(String sheet) {
        return Finding.warning("sheet.hidden-ignored", sheet, null,
                "Trang tính ẩn \"" + sheet + "\" cũng chứa một biểu mẫu; số liệu trong đó không được đọc (chỉ đọc trang đang hiển thị).",
                "The hidden sheet \"" + sheet + "\" also holds a form; its figures were not read (only the visible sheet is).");
    }

    static Finding secondForm(String sheet, String unitCode) {
        String unit = unitCode == null || unitCode.isBlank() ? "" : " (mã đơn vị " + unitCode + ")";
        String unitEn = unitCode == null || unitCode.isBlank() ? "" : " (unit code " + unitCode + ")";
        return Finding.warning("sheet.second-form-ignored", sheet, null,
                "Trang tính \"" + sheet + "\" chứa thêm một biểu mẫu" + unit
                        + " và không được đọc; mỗi tệp chỉ gửi một biểu mẫu, hãy gửi biểu mẫu kia trong tệp riêng.",
                "Sheet \"" + sheet + "\" holds another form" + unitEn
                        + " and was not read; send one form per file, the other one in a file of its own.");
    }

    static UnreadableWorkbookException onlyHiddenForms(List<String> hiddenSheets) {
        String names = String.join("\", \"", hiddenSheets);
        return new UnreadableWorkbookException("form.hidden",
                "Biểu mẫu chỉ có trong trang tính ẩn (\"" + names + "\"); hãy hiện trang tính đó (Unhide), kiểm tra số liệu rồi gửi lại.",
                "The form is only on a hidden sheet (\"" + names + "\"); unhide it, check its figures and send it again.");
    }

    /** One warning at the first covered cell that held something, naming the others; empty when none did. */
    static Optional<Finding> coveredCells(String sheet, List<SheetCell> covered) {
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        List<String> refs = covered.stream().limit(CELLS_NAMED).map(SheetCell::ref).toList();
        String more = covered.size() > CELLS_NAMED ? " (+" + (covered.size() - CELLS_NAMED) + ")" : "";
        return Optional.of(Finding.warning("cell.covered-ignored", sheet, covered.getFirst().ref(),
                "Các ô " + String.join(", ", refs) + more + " nằm dưới ô đã gộp (merge) nên Excel không hiển thị; giá trị"
                        + " trong đó không được đọc. Nếu cần, hãy bỏ gộp ô và nhập lại số liệu.",
                "Cells " + String.join(", ", refs) + more + " lie under merged cells, so Excel does not show them; what they"
                        + " hold was not read. If it matters, unmerge the cells and enter the figures again."));
    }
}
