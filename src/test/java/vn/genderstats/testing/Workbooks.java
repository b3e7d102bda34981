package vn.genderstats.testing;

import java.io.File;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Looks a cell up in a real workbook, opened read-only (the one-argument factory rewrites the file). */
public final class Workbooks {

    private Workbooks() {
    }

    public static BigDecimal number(File file, String sheet, String cellRef) throws Exception {
        try (Workbook wb = WorkbookFactory.create(file, null, true)) {
            CellReference ref = new CellReference(cellRef);
            Cell cell = wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
    }

    /** Every numeric cell of a sheet by A1 reference, the workbook opened once, read-only. */
    public static java.util.Map<String, BigDecimal> numbers(File file, String sheet) throws Exception {
        java.util.Map<String, BigDecimal> out = new java.util.HashMap<>();
        try (Workbook wb = WorkbookFactory.create(file, null, true)) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(sheet)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        out.put(cell.getAddress().formatAsString(), BigDecimal.valueOf(cell.getNumericCellValue()));
                    }
                }
            }
        }
        return out;
    }
}
