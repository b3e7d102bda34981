package vn.genderstats.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens an inbox file as worksheets, deciding the format by the file's first bytes, not its name. */
public final class WorkbookFiles {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookFiles() {
    }

    public static List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("file.unreadable", "Không mở được tệp: " + e.getMessage(),
                    "The file cannot be opened: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new UnreadableWorkbookException("file.empty", "Tệp rỗng (0 byte).", "The file is empty (0 bytes).");
        }
        if (n == 4 && java.util.Arrays.equals(head, ZIP)) {
            return XlsxGridReader.read(file);
        }
        if (n == 4 && java.util.Arrays.equals(head, OLE2)) {
            return XlsGridReader.read(file);
        }
        throw new UnreadableWorkbookException("file.not-excel",
                "Tệp không phải là bảng tính Excel (.xlsx hoặc .xls).",
                "The file is not an Excel workbook (.xlsx or .xls).");
    }
}
