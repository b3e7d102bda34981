package vn.genderstats.catalog;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A computed figure: factor × numerator ÷ denominator, evaluated on the summed data elements of
 * each unit and level, never entered and never averaged.
 */
public record Indicator(
        String code,
        LocalizedText name,
        Expression numerator,
        Expression denominator,
        BigDecimal factor,
        LocalizedText unit,
        int objective,
        Optional<Target> target) {
}
