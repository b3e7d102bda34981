package vn.genderstats.aggregate;

/**
 * Recomputes every indicator from sums, in two statements per slice. A blank is not a zero: first each reporting
 * unit's own numerator and denominator are worked out (indicator_part), and a unit counts for an indicator only
 * if it gave every term of both; then, at every unit above, the numerator and the denominator are each summed over
 * those same units, never the numerator over the units that gave it and the denominator over others. Each result
 * keeps its coverage: the units it is summed over, the units left out because a part was blank, and the units
 * owing it. The indicator keeps the restatement of the parts it came from; a broken one has no value.
 */
final class IndicatorSql {

    private final RollUpSql rollUp;
    private final boolean restated;

    IndicatorSql(RollUpSql rollUp, boolean restated) {
        this.rollUp = rollUp;
        this.restated = restated;
    }

    /** Fills indicator_part: each reporting unit's parts of every indicator, where they land on the target list. */
    String parts() {
        return SqlText.of("""
                insert into indicator_part (version_id, period, indicator_code, placed_code, source_unit, numerator,
                                denominator, complete, goes_up, rnk)
                select :target, :period, p.indicator_code, p.placed_code, p.source_unit, p.num, p.den, p.complete,
                       case when p.unit_kind = 'territory' or not exists (
                           select 1 from indicator_term x
                           join element_reporter r on r.data_element = x.data_element
                           where x.indicator_code = p.indicator_code and r.unit_kind = p.unit_kind
                             and r.into_totals = false) then 1 else 0 end,
                       p.rnk
                from (
                    select t.indicator_code, src.placed_code, src.source_unit, src.unit_kind,
                           sum(case when t.side = 'N' then src.amount * t.coefficient end) as num,
                           sum(case when t.side = 'D' then src.amount * t.coefficient end) as den,
                           case when count(distinct t.term_no) = max(t.terms) then 1 else 0 end as complete,
                           max(src.restated_rank) as rnk
                    from ({source}) src
                    join indicator_term t on t.data_element = src.data_element and t.disagg = src.disagg
                    group by t.indicator_code, src.placed_code, src.source_unit, src.unit_kind
                ) p
                """)
                .with("source", rollUp.source())
                .text();
    }

    /**
     * Inserts into indicator_result the indicators of the dirty units with no units below them (period's own list
     * only): a leaf's indicator is its own parts, counted when complete, owed as its sums are (view aggregate_value:
     * when it owed a report and its form carries a term's element). Worked out from the parts and the leaf's row, not
     * through the closure and the view: on the nation these are 200,000 of the 230,000 indicators.
     */
    String insertLeaves() {
        return SqlText.of("""
                insert into indicator_result (version_id, unit_code, period, indicator_code, numerator, denominator,
                                indicator_value, restatement, units_reporting, units_partial, units_expected)
                select :target, p.placed_code, :period, p.indicator_code, coalesce(p.numerator, 0), coalesce(p.denominator, 0),
                       case when p.denominator <> 0 and p.rnk < {broken}
                            then cast(coalesce(p.numerator, 0) as double precision) * max(t.factor) / cast(p.denominator as double precision) end,
                       {restatement}, 1, 0, min(case when l.owes = 1 and r.data_element is not null then 1 end)
                from indicator_part p
                {dirty}
                join rollup_leaf l on l.version_id = :target and l.period = :period and l.unit_code = p.placed_code
                join indicator_term t on t.indicator_code = p.indicator_code
                left join element_reporter r on r.data_element = t.data_element and r.tier = l.tier and r.unit_kind = l.unit_kind
                where p.version_id = :target and p.period = :period and p.complete = 1 and dirty.unit_code is not null
                group by p.placed_code, p.indicator_code, p.numerator, p.denominator, p.rnk
                order by p.placed_code, p.indicator_code
                """)
                .with("broken", RestatementRank.BROKEN.rank())
                .with("restatement", RestatementRank.labelOf("p.rnk"))
                .with("dirty", RollUpSql.dirtyJoin("p.placed_code", Boolean.TRUE))
                .text();
    }

    /**
     * Inserts into indicator_result (no group) or group_indicator_result, for the dirty units: on the period's own
     * list only those with units below them ({@link #insertLeaves()} does the others). The reports owing an
     * indicator are those owing every one of its terms: the fewest of the terms' sums' (a unit with a value has a
     * sum of every term), joined on their primary key; the stored sums, since no leaf is among these units.
     */
    String insert(boolean byGroup) {
        return SqlText.of("""
                insert into {table} (version_id, {groupColumn}unit_code, period, indicator_code, numerator, denominator,
                                indicator_value, restatement, units_reporting, units_partial, units_expected)
                select :target, {sumsGroup}sums.unit_code, :period, sums.indicator_code, sums.num, sums.den,
                       case when sums.den <> 0 and sums.rnk < {broken}
                            then cast(sums.num as double precision) * max(t.factor) / cast(sums.den as double precision) end,
                       {restatement}, sums.units_reporting, sums.units_seen - sums.units_reporting, min(v.units_expected)
                from (
                    select {group}a.ancestor_code as unit_code, p.indicator_code,
                           coalesce(sum(case when p.complete = 1 then p.numerator end), 0) as num,
                           coalesce(sum(case when p.complete = 1 then p.denominator end), 0) as den,
                           {unitsComplete} as units_reporting,
                           {unitsSeen} as units_seen,
                           coalesce(max(case when p.complete = 1 then p.rnk end), 0) as rnk
                    from indicator_part p
                    join unit_ancestor a on a.version_id = :target and a.unit_code = p.placed_code
                    {groupJoin}
                    {dirty}
                    where p.version_id = :target and p.period = :period and (a.depth = 0 or p.goes_up = 1)
                      and dirty.unit_code is not null
                    group by {group}a.ancestor_code, p.indicator_code
                ) sums
                join indicator_term t on t.indicator_code = sums.indicator_code
                left join {sumsTable} v on v.version_id = :target {sameGroup}and v.unit_code = sums.unit_code
                     and v.period = :period and v.data_element = t.data_element and v.disagg = t.disagg
                where sums.units_reporting > 0
                group by {sumsGroup}sums.unit_code, sums.indicator_code, sums.num, sums.den, sums.units_reporting,
                         sums.units_seen, sums.rnk
                order by {sumsGroup}sums.unit_code, sums.indicator_code
                """)
                .with("table", byGroup ? "group_indicator_result" : "indicator_result")
                .with("groupColumn", byGroup ? "group_code, " : "")
                .with("group", byGroup ? "g.group_code, " : "")
                .with("sumsGroup", byGroup ? "sums.group_code, " : "")
                .with("broken", RestatementRank.BROKEN.rank())
                .with("restatement", RestatementRank.labelOf("sums.rnk"))
                .with("unitsComplete", restated ? "count(distinct case when p.complete = 1 then p.source_unit end)"
                        : "sum(p.complete)")
                .with("unitsSeen", restated ? "count(distinct p.source_unit)" : "count(*)")
                .with("groupJoin", byGroup ? "join unit_group g on g.version_id = :target and g.unit_code = p.placed_code" : "")
                .with("dirty", RollUpSql.dirtyJoin("a.ancestor_code", byGroup || !restated ? Boolean.FALSE : null))
                .with("sumsTable", byGroup ? "group_aggregate_value" : "aggregate_sum")
                .with("sameGroup", byGroup ? "and v.group_code = sums.group_code " : "")
                .text();
    }
}
