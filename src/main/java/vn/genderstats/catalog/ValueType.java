package vn.genderstats.catalog;

/** What a unit enters for a data element. */
public enum ValueType {
    /** Whole numbers ≥ 0: cases, people, bodies. */
    COUNT,
    /** 1 for yes, 0 for no; summed up the hierarchy it counts the yeses. */
    YESNO,
    /** Money and other quantities with decimals. */
    AMOUNT
}
