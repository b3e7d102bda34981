package vn.genderstats.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Term;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.SplitRule;
import vn.genderstats.period.Period;
import vn.genderstats.system.GenderstatsProperties;
import vn.genderstats.system.Outcomes;
import vn.genderstats.system.PlannerStatistics;
import vn.genderstats.system.Sha256;

/**
 * Adds the current submissions up the hierarchy, in SQL, for every unit of every tier and every group of units:
 * data elements are summed over each unit's subtree (the unit itself included), level by level from the lowest,
 * then every indicator is recomputed from those sums. Each period is added up on its own list of units and, when
 * it is older than today's list, restated onto today's units. Each aggregate keeps how many units gave it and how
 * many owed it (report_due, from the calendar).
 *
 * <p>Incremental: a (version, period) already computed under the same office files is recomputed only for the
 * units above those that sent something since, and skipped when nothing came.
 *
 * <p>Transactions: on H2 each period's slices have one of their own. On PostgreSQL each slice has its own, and a
 * period is rolled up on its own list and restated side by side, on two threads ({@link #sideBySide}).
 * Once a period's are committed, {@link PeriodRolledUp} says so (the nightly job's reports begin on it).
 */
@Component
public class RollUp {

    private static final Logger log = LoggerFactory.getLogger(RollUp.class);
    private static final String ROLL_UP_INTERRUPTED = "Roll-up interrupted / Tổng hợp bị ngắt";
    /** What a slice works from, filled and emptied within it (on PostgreSQL, copies of its connection's own). */
    private static final List<String> WORK_TABLES = List.of("rollup_dirty", "rollup_submission");
    private static final List<String> RESULT_TABLES = List.of("indicator_stored", "aggregate_sum", "rollup_leaf",
            "group_indicator_result", "group_aggregate_value", "indicator_up");
    /**
     * The result tables holding rows only for units with units below them: an incremental run deletes there only the
     * rows of those. Asked for every unit it recomputes, a province's leaves among them, PostgreSQL expected a quarter
     * of the national slice and scanned it whole (45-90 ms a table, a third of the province's native slice).
     */
    private static final Set<String> ONLY_UNITS_WITH_UNITS_BELOW = Set.of("group_indicator_result",
            "group_aggregate_value", "indicator_up");

    /**
     * What one slice's roll-up did; {@code mode} is full, incremental or unchanged. {@code leaves}: units with no
     * units below, whose own figures are their sums, read in place rather than stored.
     */
    public record Result(Slice slice, String mode, int units, int leaves, int aggregateRows, int indicatorRows,
            int groupRows, int reportsOwed, long millis) {

        public String toText() {
            return "%s: %s, %,d units (%,d read in place), %,d sums, %,d indicator values, %,d group values, %,d reports owed, %.2f s"
                    .formatted(slice, mode, units, leaves, aggregateRows, indicatorRows, groupRows, reportsOwed,
                            millis / 1000.0);
        }
    }

    private record State(String sourceVersion, long lastSubmission, String rules) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    /** A transaction of its own, whatever the caller's: a slice's on PostgreSQL, a period's on H2. */
    private final TransactionTemplate ownTransaction;
    private final Catalog catalog;
    private final Hierarchy hierarchy;
    private final DueReports dueReports;
    private final String officeFiles;
    private final PlannerStatistics statistics;
    private final ApplicationEventPublisher events;

    RollUp(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Catalog catalog, Hierarchy hierarchy,
            DueReports dueReports, GenderstatsProperties properties, PlannerStatistics statistics,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(Objects.requireNonNull(tx.getTransactionManager()));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.catalog = catalog;
        this.hierarchy = hierarchy;
        this.dueReports = dueReports;
        this.officeFiles = checksum(properties, hierarchy);
        this.statistics = statistics;
        this.events = events;
    }

    /** Rolls up every period with data (or only {@code period}), incrementally unless {@code full}. */
    public List<Result> run(Optional<String> period, boolean full) {
        return run(period, full, hierarchy.restatement().splitRule());
    }

    List<Result> run(Optional<String> period, boolean full, SplitRule rule) {
        // A run asked to be full takes counts only from periods it rolled up itself (see twin).
        Timestamp twinsSince = full ? Timestamp.from(Instant.now()) : new Timestamp(0);
        // Committed first: the restated slices' transactions read the catalogue's terms and reporters.
        ownTransaction.executeWithoutResult(status -> prepare());
        List<Result> results = new ArrayList<>();
        if (!statistics.onPostgres()) {
            // H2, written from one transaction at a time (see KilledWriterTest): a period's slices one after the
            // other, in a transaction of their own.
            for (List<Slice> slices : slices(period)) {
                results.addAll(ownTransaction.execute(status -> slices.stream()
                        .map(slice -> run(slice, full, rule, twinsSince)).toList()));
                events.publishEvent(new PeriodRolledUp(slices.getFirst()));
            }
            return results;
        }
        try (ExecutorService side = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("roll-up-restated").factory())) {
            for (List<Slice> slices : slices(period)) {
                results.addAll(sideBySide(slices, side, full, rule, twinsSince));
                events.publishEvent(new PeriodRolledUp(slices.getFirst()));
            }
        }
        return results;
    }

    /**
     * A period's slices on PostgreSQL, each in a transaction of its own, side by side: the own list on this thread, the
     * restatement on {@code side}. They write rows of different lists and read nothing the other writes but the reports
     * owed, so the server works both at once on two cores (Cao Bằng sent again took 0.74-1.18 s one after the other,
     * 0.46-0.67 s side by side). An incremental run rewrites the reports owed of the units that sent something, not
     * which units owe, all the restatement reads of them. A full run of the own list rewrites them first, in a
     * transaction of its own, and analyses the tables it fills as it goes; an ANALYZE holds its lock to the end of the
     * transaction, and side by side each slice's had waited for the other's, so the restatement beside it leaves the
     * statistics of what it writes until both have committed ({@link SliceStatistics}). Each slice commits when done; a
     * failure of either fails the run, and a slice that did not commit is rolled up again by the next run (its
     * rollup_state did not move).
     */
    private List<Result> sideBySide(List<Slice> slices, ExecutorService side, boolean full, SplitRule rule,
            Timestamp twinsSince) {
        Plan own = ownTransaction.execute(status -> plan(slices.getFirst(), full, rule, twinsSince));
        Optional<Slice> restatement = slices.stream().skip(1).findFirst();
        OptionalInt owed = own.full() ? OptionalInt.of(Objects.requireNonNull(ownTransaction.execute(status -> owe(own))))
                : OptionalInt.empty();
        Optional<SliceStatistics> leftUntilCommitted = own.full()
                ? restatement.map(slice -> new SliceStatistics(slice, true)) : Optional.empty();
        Optional<Future<Result>> restated = restatement.map(slice -> side.submit(() -> inOwnTransaction(() -> {
            Plan plan = plan(slice, full, rule, twinsSince);
            return run(leftUntilCommitted.map(plan::withStatistics).orElse(plan), rule);
        })));
        Result ownResult;
        try {
            ownResult = own.unchanged() ? own.nothingDone()
                    : inOwnTransaction(() -> run(own, owed.orElseGet(() -> owe(own)), rule));
        } catch (RuntimeException e) {
            // Waited for all the same: nothing may run beside it once this run has ended.
            restated.ifPresent(future -> {
                try {
                    Outcomes.await(future, ROLL_UP_INTERRUPTED);
                } catch (RuntimeException other) {
                    e.addSuppressed(other);
                }
            });
            throw e;
        }
        List<Result> results = new ArrayList<>(List.of(ownResult));
        restated.ifPresent(future -> results.add(Outcomes.await(future, ROLL_UP_INTERRUPTED)));
        // In a transaction of its own: an ANALYZE in the caller's (the nightly's step) would hold its lock until the
        // step ends, and the next period's slices would wait for it.
        leftUntilCommitted.ifPresent(stats -> ownTransaction.executeWithoutResult(status -> stats.takeNow()));
        return results;
    }

    private Result inOwnTransaction(Supplier<Result> slice) {
        return ownTransaction.execute(status -> {
            tuneSession();
            // The slice's dirty units and the submissions it reads go into temporary copies of rollup_dirty and
            // rollup_submission, its connection's own, which hide the shared tables: an ANALYZE of a shared table
            // waited for the other slice's transaction to end (its lock is held until then), and the two slices ran
            // one after the other. Made once per connection (12-14 ms each time), emptied by the slice that filled
            // them and truncated when it commits: the portal's connections live for months, and the dead rows of
            // deletes would pile up in tables that autovacuum does not visit.
            WORK_TABLES.forEach(t -> jdbc.getJdbcTemplate().execute("create temporary table if not exists " + t
                    + " (like " + t + " including all) on commit delete rows"));
            return slice.get();
        });
    }

    /** What every slice reads: the catalogue's reporters and terms, the overdue reports, fresh statistics. */
    private void prepare() {
        long start = System.nanoTime();
        tuneSession();
        if (syncElementReporters()) {
            statistics.refresh("element_reporter");
        }
        syncIndicatorTerms();
        dueReports.markOverdue();
        statistics.refreshIfChanged("submission", "observation");
        log.debug("Roll-up: catalogue, overdue reports and statistics {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Each period with data: its slice on its own list, followed by its restatement onto today's units if any. */
    private List<List<Slice>> slices(Optional<String> period) {
        Set<List<String>> withData = new LinkedHashSet<>(jdbc.query(
                "select distinct version_id, period from submission order by period, version_id",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2))));
        period.map(Period::parse).ifPresent(p -> hierarchy.versionFor(p)
                .ifPresent(v -> withData.add(List.of(v.id(), p.code()))));
        Optional<String> target = hierarchy.restatement().target();
        Set<String> restatable = new HashSet<>();
        hierarchy.restatement().links().forEach(l -> restatable.add(l.fromVersion()));
        List<List<Slice>> periods = new ArrayList<>();
        for (List<String> s : withData) {
            if (period.isPresent() && !period.get().equals(s.get(1))) {
                continue;
            }
            List<Slice> slices = new ArrayList<>(List.of(Slice.nativeOn(s.get(0), s.get(1))));
            if (target.isPresent() && restatable.contains(s.get(0))) {
                slices.add(new Slice(s.get(0), target.get(), s.get(1)));
            }
            periods.add(slices);
        }
        return periods;
    }

    /** One slice, from what it has to do to its results, in the caller's transaction. */
    private Result run(Slice slice, boolean forceFull, SplitRule rule, Timestamp twinsSince) {
        return run(plan(slice, forceFull, rule, twinsSince), rule);
    }

    /** A planned slice: nothing when nothing came since its last run, else its reports owed and its results. */
    private Result run(Plan plan, SplitRule rule) {
        return plan.unchanged() ? plan.nothingDone() : run(plan, owe(plan), rule);
    }

    /** What a slice's run has to do: nothing, everything (full) or the units above those that sent something. */
    private record Plan(Slice slice, MapSqlParameterSource p, String rules, long last, boolean full,
            Optional<Set<String>> changed, boolean unchanged, long start, SliceStatistics statistics) {

        Result nothingDone() {
            return new Result(slice, "unchanged", 0, 0, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
        }

        /** The same, taking the statistics of the shared tables it writes as {@code other} says. */
        Plan withStatistics(SliceStatistics other) {
            return new Plan(slice, p, rules, last, full, changed, unchanged, start, other);
        }
    }

    private Plan plan(Slice slice, boolean forceFull, SplitRule rule, Timestamp twinsSince) {
        long start = System.nanoTime();
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("source", slice.sourceVersion())
                .addValue("target", slice.targetVersion()).addValue("period", slice.period())
                .addValue("twinsSince", twinsSince);
        String rules = Sha256.of(officeFiles + ":" + rule);
        long last = Optional.ofNullable(jdbc.queryForObject("select max(submission_id) from submission "
                + "where version_id = :source and period = :period", p, Long.class)).orElse(0L);
        Optional<State> state = jdbc.query("select source_version, last_submission_id, rules_checksum from rollup_state "
                + "where version_id = :target and period = :period", p, rs -> rs.next()
                        ? Optional.of(new State(rs.getString(1), rs.getLong(2), rs.getString(3))) : Optional.empty());
        boolean full = forceFull || state.isEmpty() || !state.get().rules().equals(rules)
                || !state.get().sourceVersion().equals(slice.sourceVersion());
        if (!full && last <= state.get().lastSubmission()) {
            return new Plan(slice, p, rules, last, false, Optional.empty(), true, start, new SliceStatistics(slice, false));
        }
        p.addValue("since", full ? 0L : state.get().lastSubmission());
        Optional<Set<String>> changed = full ? Optional.empty()
                : Optional.of(new HashSet<>(jdbc.queryForList(RollUpSql.CHANGED, p, String.class)));
        // Read once: every statement of an incremental run below takes them as this list.
        changed.ifPresent(units -> p.addValue("changedUnits", units));
        return new Plan(slice, p, rules, last, full, changed, false, start, new SliceStatistics(slice, false));
    }

    /** The reports owed on the period's own list, rewritten for the units that sent something (or all): its count. */
    private int owe(Plan plan) {
        if (plan.slice().restated()) {
            return 0;
        }
        long start = System.nanoTime();
        int owed = dueReports.refresh(plan.slice().sourceVersion(), Period.parse(plan.slice().period()), plan.changed());
        statistics.refreshAfterWriting("report_due", plan.slice().sourceVersion(), plan.slice().period(), owed);
        log.debug("Roll-up {}: reports owed {} ms", plan.slice(), (System.nanoTime() - start) / 1_000_000);
        return owed;
    }

    private Result run(Plan plan, int owed, SplitRule rule) {
        Slice slice = plan.slice();
        MapSqlParameterSource p = plan.p();
        boolean full = plan.full();
        String rules = plan.rules();
        long last = plan.last();
        long start = plan.start();
        Laps laps = new Laps(slice);
        jdbc.update("delete from rollup_dirty where version_id = :target and period = :period", p);
        RollUpSql sql = new RollUpSql(slice.restated(), rule, statistics.onPostgres());
        // A full run recomputes the units above every unit that sent something, not every unit of the list: its
        // cost follows the data, and a unit nothing reached below has no sums either way.
        jdbc.update(sql.markDirty(), p);
        statistics.refresh("rollup_dirty");
        keepSubmissions(sql, full, p);
        if (full) {
            RESULT_TABLES.forEach(t -> jdbc.update("delete from " + t + " where version_id = :target and period = :period", p));
        } else {
            RESULT_TABLES.forEach(t -> jdbc.update("delete from " + t + " where version_id = :target and period = :period "
                    + "and unit_code in " + RollUpSql.dirty(ONLY_UNITS_WITH_UNITS_BELOW.contains(t)), p));
        }
        laps.lap("cleared");
        SliceStatistics stats = plan.statistics();
        if (stats.afterCommit() && statistics.onPostgres()) {
            // Without statistics of what it writes until it commits: joined by hashing, as a full run touches every row.
            jdbc.getJdbcTemplate().execute("set local enable_nestloop = off");
        }
        countExpected(sql, full, slice, rules, p, stats);
        laps.lap("expected");
        int leaves = slice.restated() ? 0 : jdbc.update(RollUpSql.leaves(!full), p);
        int aggregates = sum(sql, false, full, p, stats);
        laps.lap("sums");
        int groups = sum(sql, true, full, p, stats);
        laps.lap("group sums");
        stats.written("aggregate_sum", aggregates);
        stats.written("rollup_leaf", leaves);
        stats.written("group_aggregate_value", groups);
        IndicatorSql indicatorSql = new IndicatorSql(sql, slice.restated());
        // Each unit's parts of the indicators are kept between runs: only those of the units that sent something are
        // worked out again (a national list's 200,000 took 4-5 s).
        jdbc.update("delete from indicator_part where version_id = :target and period = :period"
                + (full ? "" : " and source_unit in (:changedUnits)"), p);
        stats.written("indicator_part", jdbc.update(indicatorSql.parts(!full), p));
        laps.lap("indicator parts");
        if (slice.restated() && (full || splitUnitSent(p))) {
            // Where split old units' parts meet again, kept as the parts are: recounted for those that sent something.
            jdbc.update("delete from indicator_met where version_id = :target and period = :period"
                    + (full ? "" : " and source_unit in (:changedUnits)"), p);
            stats.written("indicator_met", jdbc.update(indicatorSql.meetingAgain(false, !full), p)
                    + jdbc.update(indicatorSql.meetingAgain(true, !full), p));
            laps.lap("parts meeting again");
        }
        sumIndicatorTotals(indicatorSql, full, p, stats);
        laps.lap("indicator totals");
        int indicators = jdbc.update(indicatorSql.insert(false), p);
        laps.lap("indicators");
        int groupIndicators = jdbc.update(indicatorSql.insert(true), p);
        laps.lap("group indicators");
        // For the next run's deletes: without statistics they walk the whole slice row by row.
        stats.written("indicator_stored", indicators);
        stats.written("group_indicator_result", groupIndicators);
        indicators += groupIndicators;
        int units = jdbc.queryForObject("select count(*) from rollup_dirty where version_id = :target and period = :period",
                p, Integer.class);
        jdbc.update("delete from rollup_dirty where version_id = :target and period = :period", p);
        jdbc.update("delete from rollup_submission where version_id = :source and period = :period", p);
        jdbc.update("delete from rollup_state where version_id = :target and period = :period", p);
        jdbc.update("insert into rollup_state (version_id, period, source_version, last_submission_id, rules_checksum, "
                + "computed_at) values (:target, :period, :source, :last, :rules, :at)",
                p.addValue("last", last).addValue("rules", rules).addValue("at", Timestamp.from(Instant.now())));
        laps.lap("state");
        Result result = new Result(slice, full ? "full" : "incremental", units, leaves, aggregates, indicators, groups, owed,
                (System.nanoTime() - start) / 1_000_000);
        log.info("Rolled up {}", result.toText());
        return result;
    }

    /**
     * The submission that counts for each unit the slice reads, worked out once from the view current_submission
     * (two anti-joins and the approvals): every statement of the slice had it planned and worked out again.
     */
    private void keepSubmissions(RollUpSql sql, boolean full, MapSqlParameterSource p) {
        // Empty here: a slice empties it when done, in the transaction that filled it (PostgreSQL also truncates its
        // copy at commit).
        if (!full) {
            // As a list: given the subquery, PostgreSQL worked the view out for every unit of the period. No unit has
            // an empty code, so "in ('')" keeps none when there is none to read.
            List<String> units = jdbc.queryForList(sql.unitsRead(), p, String.class);
            p.addValue("unitsRead", units.isEmpty() ? List.of("") : units);
        }
        jdbc.update(RollUpSql.keepSubmissions(!full), p);
        statistics.refresh("rollup_submission");
    }

    /**
     * The statistics of the shared tables a slice writes, after it writes them (see
     * {@link PlannerStatistics#refreshAfterWriting}): taken in its transaction, or, for a restatement beside a full run
     * of its own list ({@link #sideBySide}), once both have committed.
     */
    private final class SliceStatistics {

        private final Slice slice;
        private final boolean afterCommit;
        /** Rows written per table, while they wait for the commit. */
        private final Map<String, Long> rows = new LinkedHashMap<>();

        SliceStatistics(Slice slice, boolean afterCommit) {
            this.slice = slice;
            this.afterCommit = afterCommit;
        }

        boolean afterCommit() {
            return afterCommit;
        }

        /** After writing {@code n} rows of the slice (its :target and :period) into {@code table}. */
        void written(String table, long n) {
            if (afterCommit) {
                rows.merge(table, n, Long::sum);
            } else {
                statistics.refreshAfterWriting(table, slice.targetVersion(), slice.period(), n);
            }
        }

        /** After writing {@code n} rows into {@code table}, which the next statement looks up: analysed at once. */
        void lookedUpNext(String table, long n) {
            if (afterCommit) {
                rows.merge(table, n, Long::sum);
            } else if (n > 0) {
                statistics.refresh(table);
            }
        }

        /** The statistics left until the commit, taken now, in the caller's transaction. */
        void takeNow() {
            rows.forEach((table, n) -> statistics.refreshAfterWriting(table, slice.targetVersion(), slice.period(), n));
            rows.clear();
        }
    }

    /** Whether a split old unit sent something since the last run (459 of the 2021 list's 10,603 communes were split). */
    private boolean splitUnitSent(MapSqlParameterSource p) {
        return jdbc.queryForObject("select count(*) from (" + RollUpSql.SPLIT + ") split "
                + "where split.from_code in (:changedUnits)", p, Integer.class) > 0;
    }

    /** What goes up from each dirty unit with units below it to the unit above, level by level from the lowest. */
    private void sumIndicatorTotals(IndicatorSql sql, boolean full, MapSqlParameterSource p, SliceStatistics stats) {
        for (int height : jdbc.queryForList("select distinct height from rollup_dirty where version_id = :target "
                + "and period = :period and leaf = 0 order by height", p, Integer.class)) {
            p.addValue("height", height);
            // The next statement looks these rows up: PostgreSQL, taking the slice's totals for none, scanned the table
            // for every part (a national slice's totals took 100 s, the restated one's 11 s when the native slice's
            // filled the statistics). So a full run analyses the table after each statement; an incremental one,
            // which writes a few hundred rows, where they grew it by a quarter.
            for (boolean byGroup : new boolean[] {false, true}) {
                int rows = jdbc.update(sql.upLevel(byGroup), p);
                if (full) {
                    stats.lookedUpNext("indicator_up", rows);
                } else {
                    stats.written("indicator_up", rows);
                }
            }
        }
    }

    /**
     * The reports owed below the dirty units, counted once per list, period and office files: a full run counts
     * afresh, an incremental one only the units nothing had reached before (the nation's count stays as it was).
     * A unit already counted for another period whose reports are owed by the same units takes that period's counts.
     */
    private void countExpected(RollUpSql sql, boolean full, Slice slice, String rules, MapSqlParameterSource p,
            SliceStatistics stats) {
        if (full) {
            jdbc.update("delete from rollup_expected where version_id = :target and period = :period", p);
            jdbc.update("delete from rollup_counted where version_id = :target and period = :period", p);
        }
        // A flag on rollup_dirty rather than a subquery in the count's join: H2 would run that for every row.
        int toCount = jdbc.update("update rollup_dirty set to_count = 1 where version_id = :target and period = :period "
                + "and not exists (select 1 from rollup_counted c where c.version_id = :target and c.period = :period "
                + "and c.unit_code = rollup_dirty.unit_code)", p);
        int counts = 0;
        int units = 0;
        Optional<String> twin = toCount == 0 ? Optional.empty() : twin(slice, rules, p);
        if (twin.isPresent()) {
            p.addValue("twin", twin.get());
            counts += jdbc.update(RollUpSql.COPY_EXPECTED, p);
            units += jdbc.update("insert into rollup_counted (version_id, period, unit_code) select :target, :period, "
                    + "c.unit_code from rollup_dirty dirty join rollup_counted c on c.version_id = :target "
                    + "and c.period = :twin and c.unit_code = dirty.unit_code where dirty.version_id = :target "
                    + "and dirty.period = :period and dirty.to_count = 1", p);
            toCount -= jdbc.update("update rollup_dirty set to_count = 0 where version_id = :target and period = :period "
                    + "and to_count = 1 and exists (select 1 from rollup_counted c where c.version_id = :target "
                    + "and c.period = :twin and c.unit_code = rollup_dirty.unit_code)", p);
        }
        // Restated, the count starts from the reports owed (H2 keeps the order written): not run for no unit at all.
        if (toCount > 0) {
            counts += jdbc.update(sql.countExpected(false), p) + jdbc.update(sql.countExpected(true), p);
            units += jdbc.update("insert into rollup_counted (version_id, period, unit_code) select :target, :period, "
                    + "unit_code from rollup_dirty where version_id = :target and period = :period and to_count = 1", p);
        }
        stats.written("rollup_expected", counts);
        stats.written("rollup_counted", units);
    }

    /**
     * Another period of the slice's lists, rolled up under the same office files, whose reports are owed by the same
     * units: its counts of the reports owed below a unit are this period's (the sample office's five periods of the
     * 2021 list owe the same 11,381 reports: the nation's are counted once for the list and once restated, not five
     * times each). A run asked to be full takes them only from a period it rolled up itself.
     */
    private Optional<String> twin(Slice slice, String rules, MapSqlParameterSource p) {
        String owing = dueReports.owingUnits(slice.sourceVersion(), Period.parse(slice.period()));
        return jdbc.queryForList("select period from rollup_state where version_id = :target and source_version = :source "
                + "and rules_checksum = :twinRules and computed_at >= :twinsSince and period <> :period order by period",
                p.addValue("twinRules", rules), String.class).stream()
                .filter(other -> dueReports.owingUnits(slice.sourceVersion(), Period.parse(other)).equals(owing))
                .findFirst();
    }

    /**
     * The sums of the dirty units, level by level from the lowest: restated, today's leaves are stored too (their
     * figures come from several old units); group shares only for units with units below.
     */
    private int sum(RollUpSql sql, boolean byGroup, boolean full, MapSqlParameterSource p, SliceStatistics stats) {
        boolean hashOnly = full && sql.restated() && byGroup && statistics.onPostgres() && !stats.afterCommit();
        if (hashOnly) {
            // PostgreSQL takes the split old units meeting again below a group's unit for a handful of rows and runs
            // their subquery again for each of 11,000 others, nested loop over nested loop: a national level took
            // 4-10 s for 5,000 group shares, 1-2.4 s joined by hashing. Not on an incremental run, whose few dirty
            // units are best reached by their indexes (a province's restated group shares: 0.44 s, 1.1 s hashed).
            jdbc.getJdbcTemplate().execute("set local enable_nestloop = off");
        }
        int rows = 0;
        for (int height : jdbc.queryForList("select distinct height from rollup_dirty where version_id = :target "
                + "and period = :period" + (sql.restated() && !byGroup ? "" : " and leaf = 0") + " order by height",
                p, Integer.class)) {
            p.addValue("height", height);
            rows += jdbc.update(sql.restated() ? sql.restatedLevel(byGroup, height == 0) : RollUpSql.nativeLevel(byGroup), p);
        }
        if (hashOnly) {
            jdbc.getJdbcTemplate().execute("set local enable_nestloop to default");
        }
        return rows;
    }

    /** Seconds per step of a slice's roll-up, logged at debug level. */
    private static final class Laps {

        private final Slice slice;
        private long last = System.nanoTime();

        Laps(Slice slice) {
            this.slice = slice;
        }

        void lap(String step) {
            long now = System.nanoTime();
            log.debug("Roll-up {}: {} {} ms", slice, step, (now - last) / 1_000_000);
            last = now;
        }
    }

    /**
     * On PostgreSQL, for this transaction only: room to group a national slice in memory (3.5 million rows into 0.9
     * million sums take about 130 MB; less spills them to disk), and no JIT compilation, which costs more than it saves on these one-off statements.
     * The commit does not wait for its write-ahead log to reach the disk (15 ms of a province's slice): a server
     * crash in the next moment can lose the slice's commit, never part of it, and its rollup_state with it, so the
     * next run rolls it up again; whatever commits after it (the nightly's stage marks) waits for its log too.
     */
    private void tuneSession() {
        if (statistics.onPostgres()) {
            jdbc.getJdbcTemplate().execute("set local work_mem = '256MB'");
            jdbc.getJdbcTemplate().execute("set local jit = off");
            jdbc.getJdbcTemplate().execute("set local synchronous_commit = off");
        }
    }

    /**
     * The catalogue's who-reports-what, for counting the reports expected and keeping figures out of totals: rewritten
     * only when the table differs from the catalogue (rewriting and analysing both tables on every run took a run's
     * preparation from 26-30 to 49-76 ms in a fresh JVM). Whether it was.
     */
    private boolean syncElementReporters() {
        List<List<Object>> rows = new ArrayList<>();
        for (DataElement e : catalog.dataElements()) {
            for (String tier : e.tiers()) {
                for (String kind : e.unitKinds()) {
                    rows.add(List.of(e.code(), tier, kind, e.addedIntoTotals(kind)));
                }
            }
        }
        return rewriteIfChanged("element_reporter", List.of("data_element", "tier", "unit_kind", "into_totals"), rows);
    }

    /** The catalogue's indicators as terms, for computing them over the units that gave every term; as above. */
    private void syncIndicatorTerms() {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            List<Term> numerator = indicator.numerator().terms();
            List<Term> denominator = indicator.denominator().terms();
            int terms = numerator.size() + denominator.size();
            for (int i = 0; i < terms; i++) {
                boolean inNumerator = i < numerator.size();
                Term t = inNumerator ? numerator.get(i) : denominator.get(i - numerator.size());
                rows.add(List.of(indicator.code(), i + 1, inNumerator ? "N" : "D", t.element(), t.disagg(),
                        t.coefficient(), terms, indicator.factor()));
            }
        }
        rewriteIfChanged("indicator_term", List.of("indicator_code", "term_no", "side", "data_element", "disagg",
                "coefficient", "terms", "factor"), rows);
    }

    /**
     * Replaces the rows of {@code table} (its {@code columns}) with {@code rows} unless it holds the same already;
     * decimals compared by value. Whether it did.
     */
    private boolean rewriteIfChanged(String table, List<String> columns, List<List<Object>> rows) {
        String list = String.join(", ", columns);
        Set<List<Object>> stored = new HashSet<>(jdbc.getJdbcTemplate().query("select " + list + " from " + table,
                (rs, i) -> {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns.size(); c++) {
                        row.add(rs.getObject(c));
                    }
                    return comparable(row);
                }));
        Set<List<Object>> wanted = new HashSet<>(rows.stream().map(RollUp::comparable).toList());
        if (stored.size() == rows.size() && stored.equals(wanted)) {
            return false;
        }
        jdbc.getJdbcTemplate().update("delete from " + table);
        jdbc.getJdbcTemplate().batchUpdate("insert into " + table + " (" + list + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")",
                rows.stream().map(List::toArray).toList());
        return true;
    }

    /** A row as read back or as written, alike: numbers by value ({@code 1.000000} is {@code 1}), text as text. */
    private static List<Object> comparable(List<Object> row) {
        return row.stream().map(value -> switch (value) {
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Number n -> new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            default -> value;
        }).toList();
    }

    private static String checksum(GenderstatsProperties properties, Hierarchy hierarchy) {
        try {
            return Sha256.of(hierarchy.filesChecksum() + Sha256.of(properties.jobs().resolve("catalog.yaml"))
                    + Sha256.of(properties.jobs().resolve("calendar.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
