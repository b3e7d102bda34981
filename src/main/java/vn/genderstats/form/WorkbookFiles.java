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
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private WorkbookFiles() {
    }

    public static List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        byte[] head = new byte[5];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("file.unreadable", "Không mở được tệp: " + e.getMessage(),
                    "The file cannot be opened: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw Rejections.empty();
        }
        if (startsWith(head, n, ZIP)) {
            return XlsxGridReader.read(file);
        }
        if (startsWith(head, n, OLE2)) {
            return XlsGridReader.read(file);
        }
        throw Rejections.notExcel(startsWith(head, n, PDF) ? "PDF" : null);
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
