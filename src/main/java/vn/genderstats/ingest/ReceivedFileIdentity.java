package vn.genderstats.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Schema version 11: only bytes that were stored count as already received. Until now a file's SHA-256 was
 * unique among all files ever judged, so a file refused for its name, renamed as its feedback said, was
 * "already received" and could never be stored. Now the same bytes may be judged again from another path;
 * {@code stored_sha256} (set unless the file was rejected) keeps accepted content stored once.
 *
 * <p>In Java because the old unique constraint has no name of ours: H2 and PostgreSQL named it differently,
 * so it is looked up in the information schema that both offer.
 */
@Component
class ReceivedFileIdentity implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "received file identity";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            for (String constraint : uniqueOnSha256(connection)) {
                s.execute("alter table received_file drop constraint \"" + constraint + "\"");
            }
            s.execute("alter table received_file add column stored_sha256 char(64)");
            s.execute("update received_file set stored_sha256 = sha256 where outcome <> 'rejected'");
            s.execute("alter table received_file add constraint received_file_stored_once unique (stored_sha256)");
            s.execute("create index received_file_by_sha256 on received_file (sha256)");
        }
    }

    private static List<String> uniqueOnSha256(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("""
                select tc.constraint_name from information_schema.table_constraints tc
                join information_schema.key_column_usage k
                  on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name
                where lower(tc.table_name) = 'received_file' and tc.constraint_type = 'UNIQUE'
                  and lower(k.column_name) = 'sha256'""");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("received_file: the unique constraint on sha256 was not found");
        }
        return names;
    }
}
