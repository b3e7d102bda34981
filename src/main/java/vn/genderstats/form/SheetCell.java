package vn.genderstats.form;

import org.apache.poi.ss.util.CellReference;

/** One non-empty cell: zero-based row and column, its text or number, and the font it was written in. */
public record SheetCell(int row, int col, CellKind kind, String text, double number, String fontName) {

    public String ref() {
        return new CellReference(row, col).formatAsString(false);
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }
}
