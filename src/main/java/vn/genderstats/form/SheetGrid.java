package vn.genderstats.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The non-empty cells of one worksheet, by row. A form is a few dozen rows, so a grid is small; the
 * readers refuse sheets beyond {@link #MAX_ROWS} before holding them.
 */
public final class SheetGrid {

    /** Far more than any form has; a sheet past this is refused, not read into memory. */
    public static final int MAX_ROWS = 5_000;

    private final String name;
    private final TreeMap<Integer, TreeMap<Integer, SheetCell>> rows = new TreeMap<>();

    public SheetGrid(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void put(SheetCell cell) {
        rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.col(), cell);
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
