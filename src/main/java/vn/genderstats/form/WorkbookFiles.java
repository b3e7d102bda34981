package vn.genderstats.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens an inbox file as worksheets, deciding the format by the file's first bytes, not its name. The file is
 * read once into memory, so its checksum, its stamp and its cells all come from the same bytes.
 */
public final class WorkbookFiles {

    /** A form is tens of kilobytes, one with pictures a few megabytes; a larger file is refused unopened. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private WorkbookFiles() {
    }

    public static List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        return open(file).sheets();
    }

    /** The sheets and stamp of a workbook file. */
    public static WorkbookSheets open(Path file) throws UnreadableWorkbookException {
        try {
            return read(bytesOf(file).orElseThrow(Rejections::tooLarge));
        } catch (IOException e) {
            throw Rejections.unreadable(e);
        }
    }

    /** The file's bytes; empty when it holds more than {@link #MAX_FILE_BYTES} (the rest is not read). */
    public static Optional<byte[]> bytesOf(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            return bytes.length > MAX_FILE_BYTES ? Optional.empty() : Optional.of(bytes);
        }
    }

    /** The sheets of a workbook file's bytes (.xlsx read by our own streaming reader, .xls by POI's HSSF). */
    public static WorkbookSheets read(byte[] bytes) throws UnreadableWorkbookException {
        if (bytes.length == 0) {
            throw Rejections.empty();
        }
        if (startsWith(bytes, ZIP)) {
            return XlsxGridReader.read(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return new WorkbookSheets(XlsGridReader.read(bytes), Optional.empty());
        }
        throw Rejections.notExcel(startsWith(bytes, PDF) ? "PDF" : null);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
