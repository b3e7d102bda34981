package vn.genderstats.aggregate;

/**
 * Recomputes every indicator from sums. A blank is not a zero: first each reporting unit's own numerator and
 * denominator are worked out (indicator_part), and a unit counts for an indicator only if it gave every term of both;
 * then, level by level up the list (indicator_up), the numerator and the denominator are each summed over those same
 * units, never the numerator over the units that gave it and the denominator over others. Each result
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

    /**
     * Fills indicator_part: each reporting unit's parts of every indicator, where they land on the target list; those
     * of every unit, or ({@code changedOnly}) of the units that sent something since the last run, the others' being
     * kept. A unit gives each term at most once (one figure per element and breakdown, one placement per unit of the
     * target list), so its rows count its terms without a distinct, which would have them sorted rather than hashed.
     * Grouped in the order of the table's key, so that the parts go into it in that order.
     */
    String parts(boolean changedOnly) {
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
                           case when count(*) = max(t.terms) then 1 else 0 end as complete,
                           max(src.restated_rank) as rnk
                    from ({source}) src
                    join indicator_term t on t.data_element = src.data_element and t.disagg = src.disagg
                    group by src.placed_code, t.indicator_code, src.source_unit, src.unit_kind
                ) p
                """)
                .with("source", rollUp.source(changedOnly))
                .text();
    }

    /**
     * Fills indicator_up for the dirty units with units below them at one {@code :height}: what goes up from each to
     * the unit above, per indicator (and per group share, {@code byGroup}), summed from its own parts that go up and
     * from each child's. A child with units below gives its totals, kept in this table at a lower height or by an
     * earlier run; a leaf gives its parts. Which children are leaves is read off this table: a unit with units below
     * has totals for every indicator (and group) of which a part goes up from its subtree, its own parts included, so
     * a child's parts are taken where it has no totals at all (in that group). Asked per indicator, the test read
     * every total of the child for each of its parts: 20,706 parts of the 34 provinces, 320 ms for the nation.
     */
    String upLevel(boolean byGroup) {
        return SqlText.of("""
                insert into indicator_up (version_id, period, unit_code, group_code, indicator_code, numerator,
                                denominator, complete, seen, rnk)
                select :target, :period, x.unit_code, x.group_code, x.indicator_code, sum(x.num), sum(x.den),
                       sum(x.complete), sum(x.seen), max(x.rnk)
                from (
                    select p.placed_code as unit_code, {group} as group_code, p.indicator_code,
                           case when p.complete = 1 then p.numerator end as num,
                           case when p.complete = 1 then p.denominator end as den, p.complete, 1 as seen,
                           case when p.complete = 1 then p.rnk end as rnk
                    from indicator_part p
                    join rollup_dirty dirty on dirty.version_id = :target and dirty.period = :period
                         and dirty.unit_code = p.placed_code and dirty.height = :height and dirty.leaf = 0
                    {groupJoin}
                    where p.version_id = :target and p.period = :period and p.goes_up = 1
                    union all
                    select u.parent_code, {group}, p.indicator_code,
                           case when p.complete = 1 then p.numerator end,
                           case when p.complete = 1 then p.denominator end, p.complete, 1,
                           case when p.complete = 1 then p.rnk end
                    from rollup_dirty dirty
                    join admin_unit u on u.version_id = :target and u.parent_code = dirty.unit_code
                    join indicator_part p on p.version_id = :target and p.period = :period and p.placed_code = u.code
                    {groupJoin}
                    where dirty.version_id = :target and dirty.period = :period and dirty.height = :height
                      and dirty.leaf = 0 and p.goes_up = 1
                      and not exists (select 1 from indicator_up k where k.version_id = :target and k.period = :period
                                      and k.unit_code = u.code and k.group_code = {group})
                    union all
                    select u.parent_code, k.group_code, k.indicator_code, k.numerator, k.denominator, k.complete,
                           k.seen, k.rnk
                    from rollup_dirty dirty
                    join admin_unit u on u.version_id = :target and u.parent_code = dirty.unit_code
                    join indicator_up k on k.version_id = :target and k.period = :period and k.unit_code = u.code
                    where dirty.version_id = :target and dirty.period = :period and dirty.height = :height
                      and dirty.leaf = 0 and k.group_code {inGroups} ''
                ) x
                group by x.unit_code, x.group_code, x.indicator_code
                order by x.unit_code, x.group_code, x.indicator_code
                """)
                .with("group", byGroup ? "g.group_code" : "''")
                .with("groupJoin", groupJoin(byGroup))
                .with("inGroups", byGroup ? "<>" : "=")
                .text();
    }

    /**
     * Inserts into indicator_stored (no group) or group_indicator_result, for the dirty units: on the period's own
     * list only those with units below them (a leaf's indicators are its own parts, read in place by the view
     * indicator_result). A unit's indicator is what goes up from its subtree (indicator_up, its own parts that go up
     * included) and its own parts that do not; a restated leaf's, its own parts. It was summed from every part below
     * the unit through the closure: the nation read all 200,000 parts of its list on every run, however few changed.
     * The reports owing an indicator are those owing every one of its terms: the fewest of the
     * terms' sums' (a unit with a value has a sum of every term), joined on their primary key; the stored sums, since
     * no leaf is among these units.
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
                    select {upGroup}up.unit_code, up.indicator_code, coalesce(sum(up.num), 0) as num,
                           coalesce(sum(up.den), 0) as den, sum(up.complete) as units_reporting,
                           sum(up.seen) as units_seen, coalesce(max(up.rnk), 0) as rnk
                    from (
                        select {upTotalsGroup}k.unit_code, k.indicator_code, k.numerator as num, k.denominator as den,
                               k.complete, k.seen, k.rnk
                        from indicator_up k
                        {upDirty}
                        where k.version_id = :target and k.period = :period and k.group_code {inGroups} ''
                          and dirty.unit_code is not null
                        union all
                        select {group}p.placed_code, p.indicator_code,
                               case when p.complete = 1 then p.numerator end,
                               case when p.complete = 1 then p.denominator end, p.complete, 1,
                               case when p.complete = 1 then p.rnk end
                        from indicator_part p
                        {groupJoin}
                        {ownDirty}
                        where p.version_id = :target and p.period = :period and (p.goes_up = 0 or dirty.leaf = 1)
                          and dirty.unit_code is not null{met}
                    ) up
                    group by {upGroup}up.unit_code, up.indicator_code
                ) sums
                join indicator_term t on t.indicator_code = sums.indicator_code
                left join {sumsTable} v on v.version_id = :target {sameGroup}and v.unit_code = sums.unit_code
                     and v.period = :period and v.data_element = t.data_element and v.disagg = t.disagg
                where sums.units_reporting > 0
                group by {sumsGroup}sums.unit_code, sums.indicator_code, sums.num, sums.den, sums.units_reporting,
                         sums.units_seen, sums.rnk
                order by {sumsGroup}sums.unit_code, sums.indicator_code
                """)
                .with("table", byGroup ? "group_indicator_result" : "indicator_stored")
                .with("groupColumn", byGroup ? "group_code, " : "")
                .with("group", byGroup ? "g.group_code, " : "")
                .with("sumsGroup", byGroup ? "sums.group_code, " : "")
                .with("broken", RestatementRank.BROKEN.rank())
                .with("restatement", RestatementRank.labelOf("sums.rnk"))
                .with("upGroup", byGroup ? "up.group_code, " : "")
                .with("groupJoin", groupJoin(byGroup))
                .with("upTotalsGroup", byGroup ? "k.group_code, " : "")
                .with("upDirty", RollUpSql.dirtyJoin("k.unit_code", Boolean.FALSE))
                .with("inGroups", byGroup ? "<>" : "=")
                .with("ownDirty", RollUpSql.dirtyJoin("p.placed_code", byGroup || !restated ? Boolean.FALSE : null))
                .with("met", restated ? """

                        union all
                        select %smet.unit_code, met.indicator_code, null, null, -met.complete, -met.seen, null
                        from (%s) met""".formatted(byGroup ? "met.group_code, " : "", partsMeetingAgain(byGroup)) : "")
                .with("sumsTable", byGroup ? "group_aggregate_value" : "aggregate_sum")
                .with("sameGroup", byGroup ? "and v.group_code = sums.group_code " : "")
                .text();
    }

    /**
     * Fills indicator_met: restated, a split old unit has parts in several units of today's list, and a unit above two
     * of them counts it once per part. Kept per unit above (or group's share), indicator and old unit where at least
     * two parts meet, with how many parts met and how many of them gave every term; for every split unit, or
     * ({@code changedOnly}) for those that sent something since the last run, whose parts were just worked out again.
     * Their parts are found first ({@code offset 0 rows} keeps the subquery apart): from the units down, PostgreSQL
     * read all 239,000 parts below the nation to keep 20,000.
     */
    String meetingAgain(boolean byGroup, boolean changedOnly) {
        return SqlText.of("""
                insert into indicator_met (version_id, period, unit_code, group_code, indicator_code, source_unit, parts,
                                complete)
                select :target, :period, a.ancestor_code, {group}, p.indicator_code, p.source_unit, count(*),
                       sum(p.complete)
                from (
                    select p.placed_code, p.indicator_code, p.source_unit, p.complete, p.goes_up
                    from ({split}) split
                    join indicator_part p on p.version_id = :target and p.period = :period
                         and p.source_unit = split.from_code{changed}
                    offset 0 rows
                ) p
                join unit_ancestor a on a.version_id = :target and a.unit_code = p.placed_code
                {groupJoin}
                where a.depth = 0 or p.goes_up = 1
                group by {groupBy}a.ancestor_code, p.indicator_code, p.source_unit
                having count(*) > 1""")
                .with("group", byGroup ? "g.group_code" : "''")
                .with("split", RollUpSql.SPLIT)
                .with("changed", changedOnly ? "\n     and p.source_unit in (:changedUnits)" : "")
                .with("groupJoin", groupJoin(byGroup))
                .with("groupBy", byGroup ? "g.group_code, " : "")
                .text();
    }

    /**
     * How many times too often each dirty unit (or group's share) counts the split old units whose parts meet again
     * below it, per indicator, among the units that gave a part (seen) and those that gave every term (complete):
     * taken back out as a branch of the union.
     */
    private String partsMeetingAgain(boolean byGroup) {
        return SqlText.of("""
                select {group}m.unit_code, m.indicator_code, sum(m.parts - 1) as seen,
                       sum(case when m.complete > 0 then m.complete - 1 else 0 end) as complete
                from indicator_met m
                {dirty}
                where m.version_id = :target and m.period = :period and m.group_code {inGroups} ''
                  and dirty.unit_code is not null
                group by {group}m.unit_code, m.indicator_code""")
                .with("group", byGroup ? "m.group_code, " : "")
                .with("dirty", RollUpSql.dirtyJoin("m.unit_code", byGroup || !restated ? Boolean.FALSE : null))
                .with("inGroups", byGroup ? "<>" : "=")
                .text();
    }

    private static String groupJoin(boolean byGroup) {
        return byGroup ? "join unit_group g on g.version_id = :target and g.unit_code = p.placed_code" : "";
    }
}
