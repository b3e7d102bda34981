package vn.genderstats.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Writes the broken and hostile files units (or attackers) send, each built from a real form, each with the
 * rule it must be refused by. Generated, never committed.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** Writes every hostile case into {@code folder}; returns file name → the rule that must refuse it. */
    public static Map<String, String> writeAll(Path folder, String unitCode, String unitName) throws IOException {
        Files.createDirectories(folder);
        Path good = Forms.commune(unitCode, unitName).births(10, 9).writeTo(folder.resolve(".good.tmp"));
        Map<String, String> cases = new LinkedHashMap<>();
        truncated(good, folder.resolve("truncated.xlsx"));
        cases.put("truncated.xlsx", "file.corrupt");
        encrypted(good, folder.resolve("password.xlsx"), "matkhau");
        cases.put("password.xlsx", "file.encrypted");
        macros(folder.resolve("macros.xlsm"), unitCode);
        cases.put("macros.xlsm", "file.macros");
        Files.writeString(folder.resolve("report.xlsx"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        cases.put("report.xlsx", "file.not-excel");
        Files.write(folder.resolve("empty.xlsx"), new byte[0]);
        cases.put("empty.xlsx", "file.empty");
        zipBomb(good, folder.resolve("bomb.xlsx"));
        cases.put("bomb.xlsx", "file.zip-bomb");
        entityAttack(good, folder.resolve("entities.xlsx"));
        cases.put("entities.xlsx", "file.xml-entities");
        millionRows(good, folder.resolve("million-rows.xlsx"));
        cases.put("million-rows.xlsx", "file.too-many-rows");
        // Legal on Linux: backslashes are ordinary characters in a file name.
        Files.copy(good, folder.resolve("..\\..\\evil.xlsx"));
        cases.put("..\\..\\evil.xlsx", "file.bad-name");
        Files.delete(good);
        return cases;
    }

    public static void truncated(Path good, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A whole package whose sheet XML is cut off in the middle of an element (an incomplete save or copy). */
    public static void truncatedSheet(Path good, Path target) throws IOException {
        rewriteSheet(good, target, xml -> {
            int cut = xml.indexOf("<c ", xml.length() / 2) + 5;
            return xml.substring(0, cut);
        });
    }

    /**
     * An .xlsx (no macro-enabled content type) that carries a VBA project all the same: {@code xl/vbaProject.bin}
     * added to a real workbook's package, as a renamed .xlsm or a hand-made package would.
     */
    public static void vbaProjectInXlsx(Path good, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(good.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            // The OLE2 signature a VBA project starts with, then filler: the reader must refuse it unopened.
            out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
            out.write(new byte[504]);
            out.closeEntry();
        }
    }

    /** ECMA-376 standard encryption, as Excel's "Encrypt with password" writes it: an OLE2 container. */
    public static void encrypted(Path good, Path target, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword(password);
            try (InputStream in = Files.newInputStream(good); OPCPackage pkg = OPCPackage.open(in);
                    OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }

    public static void macros(Path target, String unitCode) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream os = Files.newOutputStream(target)) {
            Sheet s = wb.createSheet("Biểu mẫu");
            row(s, 0, "Mã đơn vị:", unitCode);
            row(s, 1, "Kỳ báo cáo:", "Năm 2024");
            row(s, 3, "Mã số", "Tổng số");
            row(s, 4, "GOV_BODIES", "2");
            wb.write(os);
        }
    }

    /** The sheet padded with 40 MB of blanks: a few kilobytes compressed, a ratio no real form has. */
    public static void zipBomb(Path good, Path target) throws IOException {
        rewriteSheet(good, target, xml -> xml.replaceFirst("\\?>", "?>" + " ".repeat(40 * 1024 * 1024)));
    }

    /** Billion laughs and an external entity in the sheet XML. */
    public static void entityAttack(Path good, Path target) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        rewriteSheet(good, target, xml -> xml.replaceFirst("\\?>", "?>" + dtd)
                .replaceFirst("<sheetData>", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;&xxe;</t></is></c></row>"));
    }

    /** A dense sheet of a million rows, streamed into the package without holding it. */
    public static void millionRows(Path good, Path target) throws IOException {
        copyPackage(good, target, (name, out) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return false;
            }
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= 1_000_000; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            return true;
        });
    }

    /** A sheet of 5,000 rows of 41 filled cells each: within the row bound, past the bound on cells. */
    public static void tooManyCells(Path good, Path target) throws IOException {
        copyPackage(good, target, (name, out) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return false;
            }
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            java.util.Random figures = new java.util.Random(18);   // varied figures: compressed as a real sheet is
            for (int r = 1; r <= 5_000; r++) {
                w.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 41; c++) {
                    w.write("<c><v>" + figures.nextInt(100_000) + "</v></c>");
                }
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            return true;
        });
    }

    /** A package of 1,001 empty entries beside the workbook's own: no form has so many parts. */
    public static void manyEntries(Path good, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(good.toFile());
                ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(target)))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (int i = 0; i < 1_001; i++) {
                out.putNextEntry(new ZipEntry("xl/media/filler" + i + ".bin"));
                out.closeEntry();
            }
        }
    }

    /** An Excel 4.0 macro sheet declared in the content types of an .xlsx (no VBA project, no .xlsm type). */
    public static void macroSheetContentType(Path good, Path target) throws IOException {
        rewritePart(good, target, "[Content_Types].xml", xml -> xml.replace("</Types>",
                "<Override PartName=\"/xl/macrosheets/sheet1.xml\" "
                        + "ContentType=\"application/vnd.ms-excel.macrosheet+xml\"/></Types>"));
    }

    /** A DOCTYPE with an entity in the shared strings, not the sheet: every part is parsed with DTDs refused. */
    public static void entityInSharedStrings(Path good, Path target) throws IOException {
        rewritePart(good, target, "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
    }

    /** Bytes that start as a zip but run past the size bound of any workbook (sparse: nothing is written). */
    public static void oversized(Path target, long bytes) throws IOException {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(target.toFile(), "rw")) {
            file.write(new byte[] {0x50, 0x4B, 0x03, 0x04});
            file.setLength(bytes);
        }
    }

    static void rewriteSheet(Path good, Path target, UnaryOperator<String> change) throws IOException {
        rewritePart(good, target, "xl/worksheets/sheet1.xml", change);
    }

    /** A copy of the package {@code good} with one XML part changed as text. */
    static void rewritePart(Path good, Path target, String part, UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(good.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
            byte[] changed = change.apply(xml).getBytes(StandardCharsets.UTF_8);
            copyPackage(good, target, (name, out) -> {
                if (!name.equals(part)) {
                    return false;
                }
                out.write(changed);
                return true;
            });
        }
    }

    interface EntryWriter {
        /** Writes a replacement for the entry and returns true, or returns false to copy it unchanged. */
        boolean write(String name, OutputStream out) throws IOException;
    }

    static void copyPackage(Path source, Path target, EntryWriter replace) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (!replace.write(entry.getName(), out)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static void row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }
}
