package vn.genderstats.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
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
public class PlannerStatistics {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

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
     * After writing {@code rows} rows into {@code table} in the caller's transaction: analyses it when it has no
     * statistics or the rows written are more than a quarter of what they count (a table just filled), not when a
     * province's rows replaced theirs in a national table. An ANALYZE samples 30,000 rows however few were written:
     * 50-100 ms, a tenth of an incremental roll-up each.
     */
    public void refreshAfterWriting(String table, long rows) {
        if (postgres && rows > 0) {
            Double estimate = jdbc.queryForObject("select reltuples from pg_class where oid = cast(? as regclass)",
                    Double.class, table);
            if (estimate == null || estimate < 0 || rows > estimate / 4) {
                refresh(table);
            }
        }
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
