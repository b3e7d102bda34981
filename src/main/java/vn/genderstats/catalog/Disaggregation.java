package vn.genderstats.catalog;

import java.util.List;

/**
 * How a data element is broken down on the form. Keys are what the database stores in
 * {@code disagg} and what expressions name after the dot ({@code LIVE_BIRTHS.M}).
 */
public enum Disaggregation {
    NONE(List.of("T")),
    SEX(List.of("T", "M", "F")),
    /** By sex, and again for children under 16 (the legal age of a child in Viet Nam). */
    SEX_AGE(List.of("T", "M", "F", "CHILD_T", "CHILD_M", "CHILD_F"));

    private final List<String> keys;

    Disaggregation(List<String> keys) {
        this.keys = keys;
    }

    public List<String> keys() {
        return keys;
    }
}
