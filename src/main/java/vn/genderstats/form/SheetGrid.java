package vn.genderstats.form;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The non-empty cells of one worksheet, by row, as a person sees them in Excel: whether the sheet is hidden,
 * and without the cells a merged range covers (Excel shows only a merge's top-left cell; the others are kept
 * apart in {@link #covered()} so the reader can say they were ignored). A form is a few dozen rows, so a grid
 * is small; the readers refuse sheets beyond {@link #MAX_ROWS} before holding them.
 */
public final class SheetGrid {

    /** Far more than any form has; a sheet past this is refused, not read into memory. */
    public static final int MAX_ROWS = 5_000;
    /** A form has a few thousand filled cells at most; a sheet holding more is refused before it fills the memory. */
    public static final int MAX_CELLS = 200_000;

    private final String name;
    private final boolean hidden;
    private final TreeMap<Integer, TreeMap<Integer, SheetCell>> rows = new TreeMap<>();
    private final List<SheetCell> covered = new ArrayList<>();

    public SheetGrid(String name) {
        this(name, false);
    }

    /** {@code hidden}: hidden or "very hidden" in the workbook, so the unit never saw what it holds. */
    public SheetGrid(String name, boolean hidden) {
        this.name = name;
        this.hidden = hidden;
    }

    public String name() {
        return name;
    }

    public boolean hidden() {
        return hidden;
    }

    public void put(SheetCell cell) {
        rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.col(), cell);
    }

    /**
     * A merged range, zero-based and inclusive: every cell in it but the top-left one is taken out of the grid
     * and kept as covered.
     */
    public void merge(int firstRow, int firstCol, int lastRow, int lastCol) {
        for (Map.Entry<Integer, TreeMap<Integer, SheetCell>> row : rows.subMap(firstRow, true, lastRow, true).entrySet()) {
            Iterator<SheetCell> cells = row.getValue().subMap(firstCol, true, lastCol, true).values().iterator();
            while (cells.hasNext()) {
                SheetCell cell = cells.next();
                if (cell.row() != firstRow || cell.col() != firstCol) {
                    covered.add(cell);
                    cells.remove();
                }
            }
        }
        rows.values().removeIf(TreeMap::isEmpty);
    }

    /** Cells that held something but lie under a merged range, so Excel does not show them. */
    public List<SheetCell> covered() {
        return List.copyOf(covered);
    }

    public Optional<SheetCell> cell(int row, int col) {
        TreeMap<Integer, SheetCell> r = rows.get(row);
        return Optional.ofNullable(r == null ? null : r.get(col));
    }

    /** Row numbers that hold at least one cell, in order. */
    public List<Integer> rowNumbers() {
        return new ArrayList<>(rows.keySet());
    }

    public List<SheetCell> row(int row) {
        return new ArrayList<>(rows.getOrDefault(row, new TreeMap<>()).values());
    }

    /** The first cell to the right of a column in the same row. */
    public Optional<SheetCell> nextRight(int row, int col) {
        TreeMap<Integer, SheetCell> r = rows.get(row);
        return Optional.ofNullable(r == null ? null : r.higherEntry(col)).map(Map.Entry::getValue);
    }
}
