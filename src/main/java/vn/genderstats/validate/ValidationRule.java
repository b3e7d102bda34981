package vn.genderstats.validate;

import java.util.Set;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.form.Severity;
import vn.genderstats.period.Period;

/**
 * A rule comparing two expressions over one submission's figures, such as
 * {@code GBV_VICTIMS_SUPPORTED.T <= GBV_VICTIMS.T}. Applies to units of {@code tiers} for periods of
 * {@code periods}. An error refuses every figure the rule names; a warning keeps them.
 */
public record ValidationRule(String name, Expression left, Operator operator, Expression right, Severity severity,
        LocalizedText message, Set<String> tiers, Set<Period.Kind> periods, MissingValues missing) {

    public boolean appliesTo(String tier, Period period) {
        return tiers.contains(tier) && periods.contains(period.kind());
    }

    public String text() {
        return left + " " + operator.symbol() + " " + right;
    }
}
