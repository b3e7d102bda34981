package vn.genderstats.aggregate;

import vn.genderstats.hierarchy.SplitRule;

/**
 * The roll-up statements, for the units of a version or for its groups of units, on the period's own list
 * (native) or restated onto today's units. Parameters are named: {@code :source} (the version the figures were
 * reported on), {@code :target} (the version they are added up on) and {@code :period}.
 *
 * <p>Every statement reads the figures as a "source" of (placed unit, reporting unit, element, disaggregation,
 * amount, restatement rank), where the placed unit is the unit of the target version the figure lands on. Sums go
 * up level by level (a unit's from its children's); indicators through the unit_ancestor closure. A sum keeps the
 * highest {@link RestatementRank} of what went into it.
 */
final class RollUpSql {

    /** A figure goes up from a unit of another kind than territory only where the catalogue says so. */
    private static final String INTO_TOTALS = """
            not exists (select 1 from element_reporter x
                        where x.data_element = %s and x.unit_kind = %s and x.into_totals = false)""";

    /**
     * The old units placed on more than one unit of the target list (split ones), a few hundred of 11,000: those whose
     * parts meet again above them, as the hierarchy keeps them (every split unit's parts meet, at the nation if not
     * below), rather than every succession link grouped again.
     */
    static final String SPLIT = """
            select distinct from_code from succession_meeting where from_version = :source and to_version = :target
            and group_code = ''""";

    /** The units of the period's own list that sent something after submission {@code :since}. */
    static final String CHANGED = "select n.unit_code from submission n where n.version_id = :source and n.period = :period "
            + "and n.submission_id > :since";

    /**
     * The units that sent something, as a list ({@code :changedUnits}, from {@link #CHANGED}), where only their figures
     * are read again (the parts of the indicators, the leaves). At most a list's 11,400 units, within PostgreSQL's
     * 32,767 parameters a statement.
     */
    private static final String CHANGED_UNITS = "\n  and s.unit_code in (:changedUnits)";

    /**
     * Fills rollup_submission, which the slice's statements read instead of the view current_submission: the
     * submission that counts for every unit of the period, or ({@code unitsListed}) for the units listed
     * ({@code :unitsRead}, from {@link #unitsRead}).
     */
    static String keepSubmissions(boolean unitsListed) {
        return "insert into rollup_submission (version_id, period, unit_code, submission_id) "
                + "select s.version_id, s.period, s.unit_code, s.submission_id from current_submission s "
                + "where s.version_id = :source and s.period = :period" + (unitsListed ? " and s.unit_code in (:unitsRead)" : "");
    }

    /**
     * The units of the period's list whose figures an incremental run reads. On its own list: the dirty units (their
     * own figures; a leaf's are its sums) and their children (a child's own figure that does not go up is taken back
     * out). Restated: the old units with a part landing on a dirty unit, and those whose parts meet again at one.
     * The units that sent something are among them: their successors, and so their own units, are dirty.
     */
    String unitsRead() {
        if (!restated) {
            return """
                    select d.unit_code from rollup_dirty d where d.version_id = :target and d.period = :period
                    union
                    select u.code from admin_unit u
                    join rollup_dirty d on d.version_id = :target and d.period = :period and d.unit_code = u.parent_code
                    where u.version_id = :target""";
        }
        return """
                select m.from_code from unit_succession m
                join rollup_dirty d on d.version_id = :target and d.period = :period and d.unit_code = m.to_code
                where m.from_version = :source and m.to_version = :target
                union
                select b.from_code from succession_meeting b
                join rollup_dirty d on d.version_id = :target and d.period = :period and d.unit_code = b.unit_code
                where b.from_version = :source and b.to_version = :target""";
    }

    /** The dirty units, or ({@code withUnitsBelow}) only those with units below them. */
    static String dirty(boolean withUnitsBelow) {
        return "(select d.unit_code from rollup_dirty d where d.version_id = :target and d.period = :period"
                + (withUnitsBelow ? " and d.leaf = 0" : "") + ")";
    }

    private final boolean restated;
    private final SplitRule rule;
    private final boolean splitsPickedFirst;

    /**
     * {@code splitsPickedFirst}: a level statement rounds only the split old units with a part landing on its units
     * (see {@link #restatedSource}). For PostgreSQL only: on H2 the national restated slice took 42 s with it
     * instead of 11 (and 447 s written as an {@code in} subquery).
     */
    RollUpSql(boolean restated, SplitRule rule, boolean splitsPickedFirst) {
        this.restated = restated;
        this.rule = rule;
        this.splitsPickedFirst = splitsPickedFirst;
    }

    /**
     * Insert into aggregate_sum (no group) or group_aggregate_value (by group) for the dirty units of height
     * {@code :height} of a restated slice, level by level as on the period's own list: a unit's sums are the figures
     * landing on it and the sums stored for its children (a leaf child's group share is the leaf itself). A split
     * old unit's parts may meet again above: each child counts it once, so a unit reached through k of its branches
     * counts it k - 1 times too often, taken back out ({@link #partsMeetingAgain}: a few hundred old units, against
     * every figure; a branch of the union rather than a join, which H2 would run again for every sum). Leaves of
     * today's list are stored, group shares only
     * for units with units below; rows go in the primary key's order. {@code leaves}: the level is today's leaves,
     * which have neither children nor parts meeting again.
     */
    String restatedLevel(boolean byGroup, boolean leaves) {
        String here = "join rollup_dirty here on here.version_id = :target and here.period = :period "
                + "and here.height = :height and here.unit_code = ";
        String inGroup = "join unit_group g on g.version_id = :target and g.unit_code = ";
        return SqlText.of("""
                insert into {table} (version_id, {groupColumn}unit_code, period, data_element, disagg, amount, units_reporting,
                                units_expected, restatement)
                select :target, {sumsGroup}sums.unit_code, :period, sums.data_element, sums.disagg, sums.amount,
                       sums.units_reporting, owed.n, {restatement}
                from (
                    select {upGroup}up.unit_code, up.data_element, up.disagg, coalesce(sum(up.amount), 0) as amount,
                           sum(up.n) as units_reporting, max(up.rnk) as rnk
                    from (
                        select {group}src.placed_code as unit_code, src.data_element, src.disagg, src.amount, 1 as n,
                               src.restated_rank as rnk
                        from ({source}) src
                        {ownGroupJoin}{below}
                    ) up
                    group by {upGroup}up.unit_code, up.data_element, up.disagg
                ) sums
                left join ({owed}) owed on owed.unit_code = sums.unit_code and owed.data_element = sums.data_element{owedGroup}
                order by sums.unit_code, {sumsGroup}sums.data_element, sums.disagg
                """)
                .with("table", byGroup ? "group_aggregate_value" : "aggregate_sum")
                .with("groupColumn", byGroup ? "group_code, " : "")
                .with("sumsGroup", byGroup ? "sums.group_code, " : "")
                .with("restatement", RestatementRank.labelOf("sums.rnk"))
                .with("upGroup", byGroup ? "up.group_code, " : "")
                .with("group", byGroup ? "g.group_code, " : "")
                .with("source", restatedSource(here + "%s", ""))
                .with("ownGroupJoin", byGroup ? inGroup + "src.placed_code" : "")
                .with("below", leaves ? "" : SqlText.of("""

                        union all
                        select {group}u.parent_code, c.data_element, c.disagg, c.amount, c.units_reporting, {childRank}
                        from aggregate_sum c
                        join admin_unit u on u.version_id = c.version_id and u.code = c.unit_code
                        {childGroupJoin}
                        {parentHere}
                        where c.version_id = :target and c.period = :period{leafChild}{groupChildren}
                        union all
                        select {metGroup}met.unit_code, met.data_element, met.disagg, cast(null as numeric(20,2)), -met.n,
                               cast(null as int)
                        from ({met}) met""")
                        .with("group", byGroup ? "g.group_code, " : "")
                        .with("childRank", RestatementRank.rankOf("c.restatement"))
                        .with("childGroupJoin", byGroup ? inGroup + "c.unit_code" : "")
                        .with("parentHere", here + "u.parent_code")
                        .with("leafChild", byGroup ? """

                                  and not exists (select 1 from admin_unit k where k.version_id = c.version_id
                                                  and k.parent_code = c.unit_code)""" : "")
                        .with("groupChildren", byGroup ? """

                                union all
                                select c.group_code, u.parent_code, c.data_element, c.disagg, c.amount, c.units_reporting, %s
                                from group_aggregate_value c
                                join admin_unit u on u.version_id = c.version_id and u.code = c.unit_code
                                %s
                                where c.version_id = :target and c.period = :period"""
                                .formatted(RestatementRank.rankOf("c.restatement"), here + "u.parent_code") : "")
                        .with("met", partsMeetingAgain(byGroup, "left " + here + "b.unit_code"))
                        .with("metGroup", byGroup ? "met.group_code, " : "")
                        .text())
                .with("owed", owed(byGroup, here + "e.unit_code"))
                .with("owedGroup", byGroup ? " and owed.group_code = sums.group_code" : "")
                .text();
    }

    /**
     * How many times too often each unit of {@code units} (or its group's share) counts the old units whose parts
     * meet again below it, per figure: an old unit reaching it through k branches (itself, or a child and what lies
     * below) is counted once by each, k - 1 too many. Where they meet is kept with the hierarchy (succession_meeting).
     * {@code units}: the level's units, joined to {@code here} as an outer join. The joins are outer, written in the
     * order to take them, and the where keeps only the rows each finds: H2 takes outer joins in the order written, and
     * given inner joins it started from the period's 10,604 submissions and scanned the slice's 3,351 dirty units for
     * each (35 million rows, 14-15 s a level in NationalRollUpTest). PostgreSQL turns them back into inner joins.
     */
    private static String partsMeetingAgain(boolean byGroup, String units) {
        return SqlText.of("""
                select {metGroup}b.unit_code, o.data_element, o.disagg, sum(b.extra) as n
                from succession_meeting b
                {units}
                left join rollup_submission s on s.version_id = :source and s.period = :period and s.unit_code = b.from_code
                     and here.unit_code is not null
                left join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
                left join observation o on o.submission_id = s.submission_id
                where b.from_version = :source and b.to_version = :target and b.group_code {inGroups} ''
                  and here.unit_code is not null and s.unit_code is not null and u.code is not null
                  and o.amount is not null and (u.kind = 'territory' or {intoTotals})
                group by {metGroup}b.unit_code, o.data_element, o.disagg""")
                .with("metGroup", byGroup ? "b.group_code, " : "")
                .with("units", units)
                .with("inGroups", byGroup ? "<>" : "=")
                .with("intoTotals", INTO_TOTALS.formatted("o.data_element", "u.kind"))
                .text();
    }

    /**
     * Insert into aggregate_sum (no group) or group_aggregate_value (by group) for the dirty units of height
     * {@code :height} on the period's own list, whose units below have their sums already (lower heights go first):
     * level by level, so that a figure is added once, where it lands, instead of once for every unit above it. A
     * unit's sums are its own figures, those of its children with no units below (read as the view reads them,
     * rollup_leaf) and the sums stored for its other children; a child's own figure that does not go up (not into
     * totals) is in that child's sums and taken back out. Only units with units below are summed: a leaf's sums are
     * its own figures (view aggregate_value, {@link #leaves(boolean)}), and the urban part of a commune is the commune.
     * The leaves below the dirty units, and their other children that are not territories, are found before their
     * figures are read ({@code offset 0 rows} keeps the subquery apart): PostgreSQL otherwise joined every
     * observation of the list first (0.55 s of a province's incremental slice on the national database; then, for
     * the children taken back out, 100 ms a level reading the figures of all 763 units with units below).
     */
    static String nativeLevel(boolean byGroup) {
        String dirty = "join rollup_dirty dirty on dirty.version_id = :target and dirty.period = :period "
                + "and dirty.height = :height and dirty.unit_code = ";
        String inGroup = "join unit_group g on g.version_id = :target and g.unit_code = ";
        return SqlText.of("""
                insert into {table} (version_id, {groupColumn}unit_code, period, data_element, disagg, amount, units_reporting,
                                units_expected, restatement)
                select :target, {sumsGroup}sums.unit_code, :period, sums.data_element, sums.disagg, sums.amount,
                       sums.units_reporting, owed.n, '{native}'
                from (
                    select {upGroup}up.unit_code, up.data_element, up.disagg, sum(up.amount) as amount, sum(up.n) as units_reporting
                    from (
                        select {group}s.unit_code, o.data_element, o.disagg, o.amount, 1 as n
                        from rollup_submission s
                        join observation o on o.submission_id = s.submission_id
                        {ownGroupJoin}
                        {ownDirty}
                        where s.version_id = :source and s.period = :period and o.amount is not null
                        union all
                        select {leafGroup}lf.parent_code, o.data_element, o.disagg, o.amount, 1
                        from (
                            select {group}u.parent_code, u.kind, l.submission_id
                            from rollup_leaf l
                            join admin_unit u on u.version_id = l.version_id and u.code = l.unit_code
                            {leafGroupJoin}
                            {parentDirty}
                            where l.version_id = :target and l.period = :period
                            offset 0 rows
                        ) lf
                        join observation o on o.submission_id = lf.submission_id
                        where o.amount is not null and (lf.kind = 'territory' or {leafIntoTotals})
                        union all
                        select {childGroup}u.parent_code, c.data_element, c.disagg, c.amount, c.units_reporting
                        from {table} c
                        join admin_unit u on u.version_id = c.version_id and u.code = c.unit_code
                        {parentDirty}
                        where c.version_id = :target and c.period = :period
                        union all
                        select {kidGroup}kid.parent_code, o.data_element, o.disagg, -o.amount, -1
                        from (
                            select {group}u.parent_code, u.kind, s.submission_id
                            from admin_unit u
                            {parentDirty}
                            join rollup_submission s on s.version_id = :source and s.period = :period
                                 and s.unit_code = u.code
                            {ownGroupJoin}
                            where u.version_id = :target and u.kind <> 'territory'
                              and not exists (select 1 from rollup_leaf l where l.version_id = :target
                                              and l.period = :period and l.unit_code = u.code)
                            offset 0 rows
                        ) kid
                        join observation o on o.submission_id = kid.submission_id
                        where o.amount is not null and not ({childIntoTotals})
                    ) up
                    group by {upGroup}up.unit_code, up.data_element, up.disagg
                    having sum(up.n) > 0
                ) sums
                left join ({owed}) owed on owed.unit_code = sums.unit_code and owed.data_element = sums.data_element{owedGroup}
                order by sums.unit_code, {sumsGroup}sums.data_element, sums.disagg
                """)
                .with("table", byGroup ? "group_aggregate_value" : "aggregate_sum")
                .with("groupColumn", byGroup ? "group_code, " : "")
                .with("sumsGroup", byGroup ? "sums.group_code, " : "")
                .with("native", RestatementRank.NATIVE.label())
                .with("upGroup", byGroup ? "up.group_code, " : "")
                .with("group", byGroup ? "g.group_code, " : "")
                .with("childGroup", byGroup ? "c.group_code, " : "")
                .with("ownGroupJoin", byGroup ? inGroup + "s.unit_code" : "")
                .with("leafGroupJoin", byGroup ? inGroup + "l.unit_code" : "")
                .with("ownDirty", dirty + "s.unit_code and dirty.leaf = 0")
                .with("parentDirty", dirty + "u.parent_code")
                .with("leafGroup", byGroup ? "lf.group_code, " : "")
                .with("leafIntoTotals", INTO_TOTALS.formatted("o.data_element", "lf.kind"))
                .with("kidGroup", byGroup ? "kid.group_code, " : "")
                .with("childIntoTotals", INTO_TOTALS.formatted("o.data_element", "kid.kind"))
                .with("owed", owed(byGroup, dirty + "e.unit_code"))
                .with("owedGroup", byGroup ? " and owed.group_code = sums.group_code" : "")
                .text();
    }

    boolean restated() {
        return restated;
    }

    /**
     * Fills rollup_leaf (period's own list only): the dirty units with no units below them and the submission that
     * counts for each, whose figures are their sums.
     */
    static String leaves(boolean changedOnly) {
        return """
                insert into rollup_leaf (version_id, period, unit_code, submission_id, tier, unit_kind, owes)
                select :target, :period, s.unit_code, s.submission_id, u.tier, u.kind,
                       case when exists (select 1 from report_due d where d.version_id = s.version_id
                                         and d.unit_code = s.unit_code and d.period = s.period) then 1 else 0 end
                from rollup_submission s
                join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
                %s
                where s.version_id = :source and s.period = :period and dirty.unit_code is not null%s
                """.formatted(dirtyJoin("s.unit_code", Boolean.TRUE), changedOnly ? CHANGED_UNITS : "");
    }

    /**
     * Keeps the units to recompute on {@code column}: all of them ({@code leaf} null), only those with units below
     * them (false) or only those without (true); the caller adds {@code dirty.unit_code is not null} to its where.
     * An outer join, which H2 leaves last and PostgreSQL turns into an inner one: H2 runs "in (select …)" again for
     * every row, and given an inner join it may start from rollup_dirty and walk the closure the long way (minutes
     * on the nation).
     */
    static String dirtyJoin(String column, Boolean leaf) {
        return "left join rollup_dirty dirty on dirty.version_id = :target and dirty.period = :period "
                + "and dirty.unit_code = " + column + (leaf == null ? "" : " and dirty.leaf = " + (leaf ? 1 : 0));
    }

    /** The units above the units that sent something after submission {@code :since}, with their heights. */
    String markDirty() {
        return """
                insert into rollup_dirty (version_id, period, unit_code, leaf, height)
                select :target, :period, d.unit_code, case when u.height = 0 then 1 else 0 end, u.height
                from (
                    select distinct a.ancestor_code as unit_code
                    from submission s
                    %s
                    join unit_ancestor a on a.version_id = :target and a.unit_code = %s
                    where s.version_id = :source and s.period = :period and s.submission_id > :since
                ) d
                join admin_unit u on u.version_id = :target and u.code = d.unit_code
                """.formatted(restated ? "join unit_succession m on m.from_version = s.version_id "
                + "and m.from_code = s.unit_code and m.to_version = :target" : "",
                restated ? "m.to_code" : "s.unit_code");
    }

    /**
     * The current figures of the period, each with the unit of the target list it lands on; {@code changedOnly}:
     * only those of the units that sent something after submission {@code :since}.
     */
    String source(boolean changedOnly) {
        String changed = changedOnly ? CHANGED_UNITS : "";
        if (!restated) {
            return """
                    select s.unit_code as placed_code, s.unit_code as source_unit, u.kind as unit_kind,
                           o.data_element, o.disagg, o.amount, %d as restated_rank
                    from rollup_submission s
                    join observation o on o.submission_id = s.submission_id
                    join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
                    where s.version_id = :source and s.period = :period and o.amount is not null%s"""
                    .formatted(RestatementRank.NATIVE.rank(), changed);
        }
        return restatedSource("", changed);
    }

    /**
     * The restated figures; {@code placedOn}, when not empty, a join keeping only those landing on some units
     * (formatted with the placed unit's column): whole units are kept before their figures are read; split ones
     * after their parts are rounded, since rounding looks at every part; on PostgreSQL only the old units with a
     * part landing there are rounded at all (the window cannot be filtered through: a province sent again on the
     * national database rounded all 80,800 figures of the 1,010 split communes, 185 ms, in each of five level
     * statements).
     * {@code alsoWhere}: a further condition on the submissions {@code s}, or nothing.
     */
    private String restatedSource(String placedOn, String alsoWhere) {
        // A split old unit's figures move with their weight (apportion) or not at all (broken).
        String weight = rule == SplitRule.APPORTION ? "m.weight" : "cast(null as numeric(20,12))";
        String rank = rule == SplitRule.APPORTION
                ? "case when m.weight is not null then " + RestatementRank.APPORTIONED.rank() + " else "
                        + RestatementRank.BROKEN.rank() + " end"
                : Integer.toString(RestatementRank.BROKEN.rank());
        // Units that went whole move as they are. Split ones are rounded under control (largest remainder): each
        // part is the weighted amount rounded down to the cent, and the cents still missing from the whole go one
        // each to the parts with the largest remainders (ties by code), so the parts add back exactly to the whole.
        return SqlText.of("""
                select m.to_code as placed_code, s.unit_code as source_unit, u.kind as unit_kind,
                       o.data_element, o.disagg, o.amount, {merged} as restated_rank
                {from}
                {wholePlaced}
                {where}
                  and m.kind = 'full'
                union all
                select placed_code, source_unit, unit_kind, data_element, disagg,
                       floored + case when rn <= missing_cents then 0.01 else 0 end, restated_rank
                from (
                    select m.to_code as placed_code, s.unit_code as source_unit, u.kind as unit_kind,
                           o.data_element, o.disagg, floor({cents}) / 100 as floored,
                           round(o.amount * 100 - sum(floor({cents})) over (partition by s.submission_id, o.data_element, o.disagg))
                               as missing_cents,
                           row_number() over (partition by s.submission_id, o.data_element, o.disagg
                                              order by {cents} - floor({cents}) desc, m.to_code) as rn,
                           {rank} as restated_rank
                    {from}
                    {where}
                      and m.kind = 'partial'{splitLanding}
                ) apportioned
                {splitPlaced}""")
                .with("from", """
                        from rollup_submission s
                        join observation o on o.submission_id = s.submission_id
                        join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
                        join unit_succession m on m.from_version = s.version_id and m.from_code = s.unit_code
                             and m.to_version = :target""")
                .with("where", """
                        where s.version_id = :source and s.period = :period and o.amount is not null
                          and (u.kind = 'territory' or %s)%s""".formatted(INTO_TOTALS.formatted("o.data_element", "u.kind"),
                        alsoWhere))
                .with("wholePlaced", placedOn.formatted("m.to_code"))
                .with("splitPlaced", placedOn.formatted("apportioned.placed_code"))
                .with("splitLanding", placedOn.isEmpty() || !splitsPickedFirst ? "" : """

                              and exists (select 1 from unit_succession p
                                          %s
                                          where p.from_version = s.version_id and p.from_code = s.unit_code
                                            and p.to_version = :target)"""
                        .formatted(placedOn.formatted("p.to_code")))
                .with("merged", RestatementRank.MERGED.rank())
                .with("cents", "o.amount * " + weight + " * 100")
                .with("rank", rank)
                .text();
    }

    /** The counts of the dirty units still to count, taken from a period whose reports the same units owe (:twin). */
    static final String COPY_EXPECTED = """
            insert into rollup_expected (version_id, period, group_code, unit_code, tier, unit_kind, self, n)
            select :target, :period, e.group_code, e.unit_code, e.tier, e.unit_kind, e.self, e.n
            from rollup_dirty dirty
            join rollup_counted c on c.version_id = :target and c.period = :twin and c.unit_code = dirty.unit_code
            join rollup_expected e on e.version_id = :target and e.period = :twin and e.unit_code = dirty.unit_code
            where dirty.version_id = :target and dirty.period = :period and dirty.to_count = 1
            """;

    /**
     * Fills rollup_expected: the reports owed below each unit (report_due of the period's own list), by the tier
     * and kind of the owing units, for the whole unit or one of its groups. A restated unit counts the old units
     * placed in it, once: a split unit may reach the same unit through two of its parts (on its own list a unit
     * owes one report, found once under each unit above it). Only for the dirty units marked to be counted
     * (to_count).
     *
     * <p>On the period's own list the count goes down from those units: H2 keeps a left join in the order written,
     * and starting from the closure it walked every unit of the list (the sample's slices: 300-800 ms, against
     * 60-250 from the dirty units). Restated, starting from the dirty units gained nothing there.
     */
    String countExpected(boolean byGroup) {
        if (!restated) {
            return SqlText.of("""
                    insert into rollup_expected (version_id, period, group_code, unit_code, tier, unit_kind, self, n)
                    select :target, :period, {group}, a.ancestor_code, u.tier, u.kind,
                           case when a.depth = 0 then 1 else 0 end, count(*)
                    from rollup_dirty dirty
                    join unit_ancestor a on a.version_id = :target and a.ancestor_code = dirty.unit_code
                    join report_due d on d.version_id = :source and d.period = :period and d.unit_code = a.unit_code
                    join admin_unit u on u.version_id = d.version_id and u.code = d.unit_code
                    {groupJoin}
                    where dirty.version_id = :target and dirty.period = :period and dirty.to_count = 1
                    group by {groupBy}a.ancestor_code, u.tier, u.kind, case when a.depth = 0 then 1 else 0 end
                    """)
                    .with("group", byGroup ? "g.group_code" : "''")
                    .with("groupJoin", byGroup ? "join unit_group g on g.version_id = :target and g.unit_code = d.unit_code" : "")
                    .with("groupBy", byGroup ? "g.group_code, " : "")
                    .text();
        }
        return """
                insert into rollup_expected (version_id, period, group_code, unit_code, tier, unit_kind, self, n)
                select :target, :period, %s, a.ancestor_code, u.tier, u.kind, 0, count(distinct d.unit_code)
                from report_due d
                join admin_unit u on u.version_id = d.version_id and u.code = d.unit_code
                join unit_succession m on m.from_version = d.version_id and m.from_code = d.unit_code
                     and m.to_version = :target
                join unit_ancestor a on a.version_id = :target and a.unit_code = m.to_code
                %s
                %s and dirty.to_count = 1
                where d.version_id = :source and d.period = :period and dirty.unit_code is not null
                group by %sa.ancestor_code, u.tier, u.kind
                """.formatted(byGroup ? "g.group_code" : "''",
                byGroup ? "join unit_group g on g.version_id = :target and g.unit_code = m.to_code" : "",
                dirtyJoin("a.ancestor_code", null), byGroup ? "g.group_code, " : "");
    }

    /**
     * The reports of each data element owed below each unit (or group of a unit): by the tiers and kinds whose
     * forms carry it. Joined to the sums rather than asked once per sum: a national slice has 0.9 million sums.
     * {@code units}: a join keeping only the units being summed, or nothing.
     */
    private static String owed(boolean byGroup, String units) {
        return """
                select %se.unit_code, r.data_element, sum(e.n) as n
                from rollup_expected e
                %s
                join element_reporter r on r.tier = e.tier and r.unit_kind = e.unit_kind and (e.self = 1 or r.into_totals)
                where e.version_id = :target and e.period = :period and e.group_code %s ''
                group by %se.unit_code, r.data_element""".formatted(byGroup ? "e.group_code, " : "", units,
                byGroup ? "<>" : "=", byGroup ? "e.group_code, " : "");
    }
}
