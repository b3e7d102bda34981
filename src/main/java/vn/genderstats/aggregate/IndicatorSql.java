package vn.genderstats.aggregate;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Term;

/**
 * Turns an indicator into one {@code INSERT … SELECT} over the summed data elements of every unit, so
 * the numerator and the denominator are each recomputed from sums at every level. Codes come from the
 * checked catalogue ([A-Z0-9_] only), so writing them into the SQL text is safe.
 */
final class IndicatorSql {

    private IndicatorSql() {
    }

    static String insert(Indicator indicator) {
        Set<String> elements = new LinkedHashSet<>();
        indicator.numerator().terms().forEach(t -> elements.add(t.element()));
        indicator.denominator().terms().forEach(t -> elements.add(t.element()));
        return """
                insert into indicator_result (version_id, unit_code, period, indicator_code, numerator, denominator, indicator_value)
                select version_id, unit_code, period, '%s', num, den,
                       case when den <> 0 then cast(num as double precision) * %s / cast(den as double precision) end
                from (
                    select version_id, unit_code, period,
                           coalesce(%s, 0) as num,
                           coalesce(%s, 0) as den,
                           count(case when %s then 1 end) as num_terms,
                           count(case when %s then 1 end) as den_terms
                    from aggregate_value
                    where version_id = ? and period = ? and data_element in (%s)
                    group by version_id, unit_code, period
                ) sums
                where num_terms > 0 and den_terms > 0
                """.formatted(indicator.code(), indicator.factor().toPlainString(),
                sum(indicator.numerator()), sum(indicator.denominator()),
                present(indicator.numerator()), present(indicator.denominator()),
                elements.stream().map(e -> "'" + e + "'").collect(Collectors.joining(", ")));
    }

    private static String sum(Expression e) {
        return e.terms().stream()
                .map(t -> "sum(case when " + matches(t) + " then amount * " + t.coefficient().toPlainString() + " end)")
                .collect(Collectors.joining(" + "));
    }

    private static String present(Expression e) {
        return e.terms().stream().map(IndicatorSql::matches).collect(Collectors.joining(" or ", "(", ")"));
    }

    private static String matches(Term t) {
        return "(data_element = '" + t.element() + "' and disagg = '" + t.disagg() + "')";
    }
}
