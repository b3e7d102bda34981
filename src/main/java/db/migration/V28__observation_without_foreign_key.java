package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 18: {@code observation} loses its foreign key to {@code submission}. The key checked every value stored with
 * a query of its own: on the nation's ingest, 5.5 of the 11 s the server spent copying 880,000 values. Nothing it
 * guarded can happen: submissions are never deleted, and the only writer of observations (ingest's SubmissionStore)
 * takes their submission's id from the row it has just inserted, in the same transaction. Written in Java because
 * the key has no name of our own: PostgreSQL and H2 named it each their way.
 */
public class V28__observation_without_foreign_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select constraint_name from information_schema.table_constraints
                where lower(table_name) = 'observation' and constraint_type = 'FOREIGN KEY'
                and table_schema = current_schema""")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String key : keys) {
                s.execute("alter table observation drop constraint \"" + key + "\"");
            }
        }
    }
}
