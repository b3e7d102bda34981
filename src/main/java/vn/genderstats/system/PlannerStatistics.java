package vn.genderstats.system;

import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL plans every query from table statistics that autovacuum refreshes only now and then; tables a job
 * has just filled would be taken for nearly empty and joined row by row (the plausibility checks on one province
 * took 13 s that way instead of 0.2 s). The jobs refresh the statistics of what they wrote before reading it back.
 * H2 keeps its own and needs no help.
 */
@Component
public class PlannerStatistics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    /** Rows a growing table takes before its first analysis. */
    private static final long FIRST_ANALYSIS = 50;
    /** The rows a plan's top node expects: "Seq Scan on t  (cost=0.00..1.87 rows=58 width=11)". */
    private static final Pattern PLANNED_ROWS = Pattern.compile(" rows=(\\d+) ");

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    /** Per growing table: the rows its last analysis counted, and the rows added since. */
    private final Map<String, Long> counted = new ConcurrentHashMap<>();
    private final Map<String, Long> addedSince = new ConcurrentHashMap<>();
    /** The growing tables being analysed or waiting for it, one at a time on a thread of their own. */
    private final Set<String> analysing = ConcurrentHashMap.newKeySet();
    private final ExecutorService analyses = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("analyse-growing-tables").daemon().factory());

    public PlannerStatistics(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = isPostgres(dataSource);
    }

    public boolean onPostgres() {
        return postgres;
    }

    /** Analyses the tables on PostgreSQL, in the caller's transaction; nothing on H2. */
    public void refresh(String... tables) {
        if (postgres) {
            jdbc.execute("analyze " + String.join(", ", tables));
        }
    }

    /**
     * After writing {@code rows} rows of one list and period into {@code table} (a roll-up's slice: its
     * {@code version_id} and {@code period}) in the caller's transaction: analyses it when it has no statistics or
     * they expect fewer than a quarter of those rows in the slice (a table just filled, a new period, a list written
     * after the table's last analysis), not when a province's rows replaced theirs in a slice they know. An ANALYZE
     * samples 30,000 rows however few were written: 50-100 ms, a tenth of an incremental roll-up each. Weighed against
     * the whole table instead, the restated list's group shares (5 % of it) went in unanalysed after a full national
     * run: PostgreSQL took them for one row, and every incremental run after it deleted a province's by reading the
     * whole slice and scanning its dirty units for each row (54 ms instead of 1.3).
     */
    public void refreshAfterWriting(String table, String versionId, String period, long rows) {
        if (postgres && rows > 0 && (estimate(table) == 0 || estimate(table, versionId, period) < rows / 4)) {
            refresh(table);
        }
    }

    /**
     * For a table a job keeps adding to while it queries it, {@code rowsAdded} rows at a time: analysed each time the
     * rows added since its last analysis outnumber those it counted (at 50, 100, 200... rows: a few analyses a run).
     * PostgreSQL keeps the plan of a prepared statement made while the table was nearly empty: the nation's ingest
     * looked its blocks of checksums and replaced submissions up by sequential scans, 9.2 s of the server's time for
     * 1,600 queries that found nothing. The analysis runs on a thread and a connection of its own, so the caller goes
     * on at once and its transaction holds no lock of it (a caller waiting for a second pooled connection while
     * holding one could wait for the pool's whole timeout); it counts committed rows only, and skips a table another
     * session holds a conflicting lock on ({@code skip_locked}) rather than wait for it.
     */
    public void refreshAsItGrows(String table, long rowsAdded) {
        if (!postgres || rowsAdded <= 0) {
            return;
        }
        long before = counted.computeIfAbsent(table, this::estimate);
        long added = addedSince.merge(table, rowsAdded, Long::sum);
        if (added >= Math.max(FIRST_ANALYSIS, before) && analysing.add(table)) {
            analyses.execute(() -> analyse(table, added));
        }
    }

    /** On the analyses' thread, where no transaction is bound: the pool's connections commit each statement. */
    private void analyse(String table, long added) {
        try {
            jdbc.execute("analyze (skip_locked) " + table);
            counted.put(table, estimate(table));
            addedSince.merge(table, -added, Long::sum);
        } catch (DataAccessException e) {
            // Statistics only make queries faster: a run goes on without them.
            log.debug("Could not analyse {} while it grows", table, e);
        } finally {
            analysing.remove(table);
        }
    }

    /** Waits for the analyses asked for so far (for tests). */
    void awaitAnalyses() throws InterruptedException, ExecutionException {
        analyses.submit(() -> { }).get();
    }

    @Override
    public void destroy() {
        analyses.shutdownNow();
    }

    /** The rows PostgreSQL's statistics count in the table; 0 when it has none. */
    private long estimate(String table) {
        Double rows = jdbc.queryForObject("select reltuples from pg_class where oid = cast(? as regclass)", Double.class,
                table);
        return rows == null || rows < 0 ? 0 : rows.longValue();
    }

    /** The rows PostgreSQL's statistics expect in the table for one list and period. */
    private long estimate(String table, String versionId, String period) {
        // Values written into the statement, not bound: the estimate must be for these values, not a generic plan's.
        String plan = jdbc.queryForList("explain select 1 from " + table + " where version_id = " + literal(versionId)
                + " and period = " + literal(period), String.class).getFirst();
        Matcher rows = PLANNED_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Analyses those of the tables, written by other jobs and committed, that have no statistics or whose rows
     * changed by more than a quarter since they were taken (PostgreSQL's own count, which lags commits by a few
     * seconds: ingest analyses what it stored before it ends).
     */
    public void refreshIfChanged(String... tables) {
        if (!postgres) {
            return;
        }
        String[] stale = jdbc.queryForList("""
                select c.relname from pg_class c join pg_stat_user_tables s on s.relid = c.oid
                where c.relname in (%s) and (c.reltuples < 0 or s.n_mod_since_analyze > c.reltuples / 4)"""
                .formatted(String.join(", ", java.util.Collections.nCopies(tables.length, "?"))), String.class,
                (Object[]) tables).toArray(String[]::new);
        if (stale.length > 0) {
            refresh(stale);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
