package vn.genderstats.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads old .xls (BIFF8) workbooks through HSSF, from the bytes in memory (the file is not touched). They are small; HSSF is fast for them. */
final class XlsGridReader {

    private XlsGridReader() {
    }

    static List<SheetGrid> read(byte[] bytes) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            // A password-protected .xlsx is an OLE2 container holding the encrypted package.
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw Rejections.encrypted(null);
            }
            return read(fs);
        } catch (IOException | RuntimeException e) {
            throw Rejections.classify(".xls", e);
        }
    }

    private static List<SheetGrid> read(POIFSFileSystem fs) throws UnreadableWorkbookException, IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            List<SheetGrid> grids = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                if (sheet.getLastRowNum() >= SheetGrid.MAX_ROWS) {
                    throw Rejections.tooManyRows(sheet.getSheetName());
                }
                SheetGrid grid = new SheetGrid(sheet.getSheetName(), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i));
                int cells = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        SheetCell c = convert((HSSFCell) cell, wb);
                        if (c != null) {
                            if (++cells > SheetGrid.MAX_CELLS) {
                                throw Rejections.tooManyCells(sheet.getSheetName());
                            }
                            grid.put(c);
                        }
                    }
                }
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    grid.merge(merged.getFirstRow(), merged.getFirstColumn(), merged.getLastRow(), merged.getLastColumn());
                }
                grids.add(grid);
            }
            return grids;
        }
    }

    private static SheetCell convert(HSSFCell cell, HSSFWorkbook wb) {
        String font = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> new SheetCell(r, c, CellKind.NUMBER, Double.toString(cell.getNumericCellValue()),
                    cell.getNumericCellValue(), font);
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                yield text.isBlank() ? null : new SheetCell(r, c, CellKind.TEXT, text, 0, font);
            }
            case BOOLEAN -> new SheetCell(r, c, CellKind.BOOLEAN, Boolean.toString(cell.getBooleanCellValue()).toUpperCase(),
                    cell.getBooleanCellValue() ? 1 : 0, font);
            case ERROR -> new SheetCell(r, c, CellKind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString(), 0, font);
            default -> null;
        };
    }
}
