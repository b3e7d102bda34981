package vn.genderstats.catalog;

/** Which side of a Strategy target counts as meeting it. */
public enum Direction {
    AT_LEAST, AT_MOST, EQUAL
}
