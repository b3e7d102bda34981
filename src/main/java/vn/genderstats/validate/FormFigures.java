package vn.genderstats.validate;

import static vn.genderstats.form.FormContent.key;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.Term;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.NumberText;

/**
 * The figures of one form that passed the value checks, by "ELEMENT.DISAGG"; "không có" counts as missing. Says
 * them as a clerk reads them: catalogue names and the language's number format.
 */
final class FormFigures {

    private final Map<String, FormValue> byKey = new LinkedHashMap<>();
    private final Catalog catalog;

    FormFigures(List<FormValue> values, Catalog catalog) {
        this.catalog = catalog;
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

    /** "Số nạn nhân bạo lực gia đình = 12 (E21)", for each figure of the expression ("(trống)" when blank). */
    String describe(Expression expression, String lang) {
        return expression.terms().stream()
                .map(t -> value(t.element(), t.disagg()).map(v -> figure(v, lang))
                        .orElse(name(t.element(), t.disagg(), lang) + " = " + ("en".equals(lang) ? "(blank)" : "(trống)")))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** "Số trẻ sinh ra sống (nữ) = 1.234 (F12)". */
    String figure(FormValue v, String lang) {
        return name(v.element(), v.disagg(), lang) + " = " + print(v.amount(), lang) + " (" + v.cell() + ")";
    }

    String name(String element, String disagg, String lang) {
        return catalog.figureName(element, disagg, lang);
    }

    static String print(BigDecimal amount, String lang) {
        return NumberText.print(amount.stripTrailingZeros(), lang);
    }
}
