package vn.genderstats.aggregate;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Term;

/**
 * Turns an indicator into one {@code INSERT … SELECT} over the summed data elements of every unit (or every group
 * of units under a unit), so the numerator and the denominator are each recomputed from sums at every level. The
 * indicator keeps the restatement of the sums it came from; a broken one has no value. Codes come from the
 * checked catalogue ([A-Z0-9_] only), so writing them into the SQL text is safe.
 */
final class IndicatorSql {

    private IndicatorSql() {
    }

    static String insert(Indicator indicator, boolean byGroup, boolean onlyDirty) {
        Set<String> elements = new LinkedHashSet<>();
        indicator.numerator().terms().forEach(t -> elements.add(t.element()));
        indicator.denominator().terms().forEach(t -> elements.add(t.element()));
        String group = byGroup ? "group_code, " : "";
        String used = present(indicator.numerator()) + " or " + present(indicator.denominator());
        return """
                insert into %s (version_id, %sunit_code, period, indicator_code, numerator, denominator,
                                indicator_value, restatement)
                select version_id, %sunit_code, period, '%s', num, den,
                       case when den <> 0 and rnk < 3 then cast(num as double precision) * %s / cast(den as double precision) end,
                       %s
                from (
                    select version_id, %sunit_code, period,
                           coalesce(%s, 0) as num,
                           coalesce(%s, 0) as den,
                           count(case when %s then 1 end) as num_terms,
                           count(case when %s then 1 end) as den_terms,
                           max(case when %s then case restatement when 'native' then 0 when 'merged' then 1
                               when 'apportioned' then 2 else 3 end end) as rnk
                    from %s
                    where version_id = :target and period = :period and data_element in (%s) %s
                    group by version_id, %sunit_code, period
                ) sums
                where num_terms > 0 and den_terms > 0
                """.formatted(byGroup ? "group_indicator_result" : "indicator_result", group, group, indicator.code(),
                indicator.factor().toPlainString(), RollUpSql.RANK_LABEL.formatted("rnk"), group,
                sum(indicator.numerator()), sum(indicator.denominator()),
                present(indicator.numerator()), present(indicator.denominator()), used,
                byGroup ? "group_aggregate_value" : "aggregate_value",
                elements.stream().map(e -> "'" + e + "'").collect(Collectors.joining(", ")),
                onlyDirty ? "and unit_code in " + RollUpSql.DIRTY : "", group);
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
