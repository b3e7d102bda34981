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

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
