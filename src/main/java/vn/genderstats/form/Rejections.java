package vn.genderstats.form;

/**
 * The named reasons a file is refused before any form is looked for, each said in Vietnamese and English.
 * Readers and the inbox use them so the clerk always reads the same words for the same problem.
 */
public final class Rejections {

    private Rejections() {
    }

    public static UnreadableWorkbookException empty() {
        return new UnreadableWorkbookException("file.empty", "Tệp rỗng (0 byte).", "The file is empty (0 bytes).");
    }

    public static UnreadableWorkbookException unreadable(java.io.IOException e) {
        return new UnreadableWorkbookException("file.unreadable", "Không mở được tệp: " + e.getMessage(),
                "The file cannot be opened: " + e.getMessage(), e);
    }

    public static UnreadableWorkbookException tooLarge() {
        return new UnreadableWorkbookException("file.too-large",
                "Tệp lớn hơn " + (WorkbookFiles.MAX_FILE_BYTES >> 20) + " MB; biểu mẫu không lớn như vậy, tệp không được mở."
                        + " Hãy xoá hình ảnh hoặc trang tính thừa rồi gửi lại.",
                "The file is larger than " + (WorkbookFiles.MAX_FILE_BYTES >> 20) + " MB; no form is that large, it was not"
                        + " opened. Remove pictures or extra sheets and resend.");
    }

    public static UnreadableWorkbookException notExcel(String whatItIs) {
        return new UnreadableWorkbookException("file.not-excel",
                "Tệp không phải là bảng tính Excel (.xlsx hoặc .xls)" + (whatItIs == null ? "" : ": đây là tệp " + whatItIs) + ".",
                "The file is not an Excel workbook (.xlsx or .xls)" + (whatItIs == null ? "" : ": it is a " + whatItIs + " file") + ".");
    }

    public static UnreadableWorkbookException corrupt(String format, Throwable cause) {
        return new UnreadableWorkbookException("file.corrupt",
                "Tệp Excel (" + format + ") bị hỏng hoặc không trọn vẹn (có thể gửi bị đứt); hãy lưu lại và gửi lại.",
                "The Excel (" + format + ") file is damaged or incomplete (perhaps cut off in transfer); save it again and resend.",
                cause);
    }

    public static UnreadableWorkbookException encrypted(Throwable cause) {
        return new UnreadableWorkbookException("file.encrypted",
                "Tệp được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại.",
                "The workbook is password-protected; remove the password and send it again.", cause);
    }

    public static UnreadableWorkbookException macros() {
        return new UnreadableWorkbookException("file.macros",
                "Tệp có macro (.xlsm); vì an toàn không nhận tệp có macro, hãy lưu thành .xlsx rồi gửi lại.",
                "The workbook contains macros (.xlsm); for safety macro workbooks are not accepted: save it as .xlsx and resend.");
    }

    public static UnreadableWorkbookException zipBomb(Throwable cause) {
        return new UnreadableWorkbookException("file.zip-bomb",
                "Tệp nén bất thường: khi giải nén sẽ lớn gấp nhiều lần (nghi \"bom nén\"); tệp không được mở.",
                "The file's compressed content would expand far beyond any form (a suspected zip bomb); it was not opened.",
                cause);
    }

    public static UnreadableWorkbookException xmlEntities(Throwable cause) {
        return new UnreadableWorkbookException("file.xml-entities",
                "Tệp chứa khai báo thực thể XML (DOCTYPE) mà bảng tính Excel không bao giờ có; tệp không được mở.",
                "The file contains XML entity declarations (DOCTYPE), which Excel never writes; it was not opened.",
                cause);
    }

    public static UnreadableWorkbookException tooManyRows(String sheet) {
        return new UnreadableWorkbookException("file.too-many-rows",
                "Trang tính \"" + sheet + "\" có quá " + SheetGrid.MAX_ROWS + " dòng; biểu mẫu không lớn như vậy, việc đọc đã dừng.",
                "Sheet \"" + sheet + "\" has more than " + SheetGrid.MAX_ROWS + " rows; no form is that large, reading stopped.");
    }

    public static UnreadableWorkbookException tooManyCells(String sheet) {
        return new UnreadableWorkbookException("file.too-many-cells",
                "Trang tính \"" + sheet + "\" có quá " + SheetGrid.MAX_CELLS + " ô có dữ liệu; biểu mẫu không lớn như vậy, việc đọc đã dừng.",
                "Sheet \"" + sheet + "\" has more than " + SheetGrid.MAX_CELLS + " filled cells; no form is that large, reading stopped.");
    }

    /** Walks the cause chain for the signs POI and the XML parser give of a zip bomb or an entity attack. */
    static UnreadableWorkbookException classify(String format, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb")) {
                return zipBomb(e);
            }
            // Only a declaration is an attack: a sheet cut off mid-element also names an "entity" ("must start and
            // end within the same entity") and is merely damaged.
            if (message.contains("DOCTYPE") || message.contains("entity expansion")) {
                return xmlEntities(e);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return encrypted(e);
            }
        }
        return corrupt(format, e);
    }
}
