package vn.genderstats.form;

import java.math.BigDecimal;

/**
 * One figure read from a form: data element, disaggregation key (T, M, F, CHILD_T…), and the cell.
 * {@code amount} is null when the unit wrote "không có" / N/A: the figure does not apply, which is
 * kept apart from both zero and a blank cell (blank cells produce no value at all).
 */
public record FormValue(String element, String disagg, BigDecimal amount, String cell) {

    /**
     * The largest figure stored: amounts are numeric(18,2) in the database, and no count or budget of a
     * unit comes near it. Larger numbers (1E+20, a mistyped exponent) are refused before any rule reads them.
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    /** Decimals beyond any figure's need; a longer fraction (1E-999999999) would not even print. */
    private static final int MAX_DECIMALS = 30;

    /** Whether the amount fits the store: within {@link #MAX_AMOUNT} either way, with a printable fraction. */
    public boolean isStorable() {
        return amount == null || amount.abs().compareTo(MAX_AMOUNT) <= 0 && amount.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    public boolean isNotApplicable() {
        return amount == null;
    }
}
