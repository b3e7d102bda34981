package vn.genderstats.form;

import java.math.BigDecimal;

/**
 * One figure read from a form: data element, disaggregation key (T, M, F, CHILD_T…), and the cell.
 * {@code amount} is null when the unit wrote "không có" / N/A: the figure does not apply, which is
 * kept apart from both zero and a blank cell (blank cells produce no value at all).
 */
public record FormValue(String element, String disagg, BigDecimal amount, String cell) {

    public boolean isNotApplicable() {
        return amount == null;
    }
}
