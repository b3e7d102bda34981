package vn.genderstats.validate;

import static vn.genderstats.form.FormContent.key;
import static vn.genderstats.form.FormContent.name;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.Term;
import vn.genderstats.form.FormValue;

/** The figures of one form that passed the value checks, by "ELEMENT.DISAGG"; "không có" counts as missing. */
final class FormFigures {

    private final Map<String, FormValue> byKey = new LinkedHashMap<>();

    FormFigures(List<FormValue> values) {
        values.stream().filter(v -> !v.isNotApplicable()).forEach(v -> byKey.put(key(v.element(), v.disagg()), v));
    }

    Optional<FormValue> value(String element, String disagg) {
        return Optional.ofNullable(byKey.get(key(element, disagg)));
    }

    Optional<BigDecimal> amount(String element, String disagg) {
        return value(element, disagg).map(FormValue::amount);
    }

    /** The expression's value with blanks as zero, and how many of its figures were there. */
    record Evaluated(BigDecimal amount, int present, int terms) {
    }

    Evaluated evaluate(Expression expression) {
        BigDecimal sum = BigDecimal.ZERO;
        int present = 0;
        for (Term t : expression.terms()) {
            Optional<BigDecimal> a = amount(t.element(), t.disagg());
            if (a.isPresent()) {
                present++;
                sum = sum.add(t.coefficient().multiply(a.get()));
            }
        }
        return new Evaluated(sum, present, expression.terms().size());
    }

    /** "GBV_VICTIMS.T = 12 (E21)", for each figure of the expression that is there. */
    String describe(Expression expression) {
        return expression.terms().stream()
                .map(t -> value(t.element(), t.disagg())
                        .map(v -> name(t.element(), t.disagg()) + " = " + plain(v.amount()) + " (" + v.cell() + ")")
                        .orElse(name(t.element(), t.disagg()) + " = (trống/blank)"))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
