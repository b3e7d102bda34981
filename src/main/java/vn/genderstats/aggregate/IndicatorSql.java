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
        return SqlText.of("""
                insert into {table} (version_id, {group}unit_code, period, indicator_code, numerator, denominator,
                                indicator_value, restatement)
                select version_id, {group}unit_code, period, '{indicator}', num, den,
                       case when den <> 0 and rnk < {broken} then cast(num as double precision) * {factor} / cast(den as double precision) end,
                       {restatement}
                from (
                    select version_id, {group}unit_code, period,
                           coalesce({numerator}, 0) as num,
                           coalesce({denominator}, 0) as den,
                           count(case when {numeratorTerms} then 1 end) as num_terms,
                           count(case when {denominatorTerms} then 1 end) as den_terms,
                           max(case when {used} then {rank} end) as rnk
                    from {sums}
                    where version_id = :target and period = :period and data_element in ({elements}) {onlyDirty}
                    group by version_id, {group}unit_code, period
                ) sums
                where num_terms > 0 and den_terms > 0
                """)
                .with("table", byGroup ? "group_indicator_result" : "indicator_result")
                .with("group", byGroup ? "group_code, " : "")
                .with("indicator", indicator.code())
                .with("broken", RestatementRank.BROKEN.rank())
                .with("factor", indicator.factor().toPlainString())
                .with("restatement", RestatementRank.labelOf("rnk"))
                .with("numerator", sum(indicator.numerator()))
                .with("denominator", sum(indicator.denominator()))
                .with("numeratorTerms", present(indicator.numerator()))
                .with("denominatorTerms", present(indicator.denominator()))
                .with("used", present(indicator.numerator()) + " or " + present(indicator.denominator()))
                .with("rank", RestatementRank.rankOf("restatement"))
                .with("sums", byGroup ? "group_aggregate_value" : "aggregate_value")
                .with("elements", elements.stream().map(e -> "'" + e + "'").collect(Collectors.joining(", ")))
                .with("onlyDirty", onlyDirty ? "and unit_code in " + RollUpSql.DIRTY : "")
                .text();
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
