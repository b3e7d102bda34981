package vn.genderstats.form;

/** What a cell held, as far as a form reader cares. */
public enum CellKind {
    NUMBER, TEXT, BOOLEAN,
    /** An error value such as #DIV/0! or #REF!. */
    ERROR,
    /** A formula whose result was never calculated and saved (no cached value). */
    FORMULA_WITHOUT_VALUE
}
