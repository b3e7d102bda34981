package vn.genderstats.validate;

import java.math.BigDecimal;

/** The range a figure must lie in, e.g. hours per week between 0 and 168. */
public record AmountBounds(String element, BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal amount) {
        return (min == null || amount.compareTo(min) >= 0) && (max == null || amount.compareTo(max) <= 0);
    }
}
