package vn.genderstats.generate;

/** A mistake planted in a generated file, each one that ingest or validation must catch. */
public enum Flaw {
    /** The clerk left "Mã đơn vị" empty: the file is refused. */
    MISSING_UNIT_CODE,
    /** A count typed as a negative number: the value is refused. */
    NEGATIVE_VALUE,
    /** More girls than births: male + female ≠ total. */
    FEMALE_ABOVE_TOTAL,
    /** The form of the neighbouring commune sent from this unit's folder: refused, a unit reports only for itself. */
    NEIGHBOURS_FORM,
    /** Not a workbook at all: a text file named .xlsx. */
    NOT_EXCEL
}
