package vn.genderstats.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.validate.Outcome;

/**
 * Writes what ingest decided about a file: the file itself, and for an accepted file its submission and
 * values with their cells; and every finding. Runs inside the caller's transaction, so a workbook goes in
 * whole or not at all.
 */
@Repository
public class SubmissionStore {

    private final JdbcTemplate jdbc;

    SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isKnown(String sha256) {
        Integer n = jdbc.queryForObject("select count(*) from received_file where sha256 = ?", Integer.class, sha256);
        return n != null && n > 0;
    }

    public void save(ReceivedFile file, Outcome outcome, Long jobExecutionId) {
        String result = switch (outcome) {
            case Outcome.Accepted a -> a.hasWarnings() ? "accepted_with_warnings" : "accepted";
            case Outcome.Rejected r -> "rejected";
        };
        long fileId = insertReturningId("""
                insert into received_file (sha256, file_name, inbox_path, size_bytes, received_at, job_execution_id, outcome)
                values (?, ?, ?, ?, ?, ?, ?)""", "file_id", file.sha256(), file.fileName(), file.inboxPath(),
                file.sizeBytes(), Timestamp.from(file.receivedAt()), jobExecutionId, result);
        Long submissionId = null;
        if (outcome instanceof Outcome.Accepted a) {
            submissionId = insertReturningId("""
                    insert into submission (file_id, version_id, unit_code, period, form_id, form_version, received_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", "submission_id", fileId, a.unit().versionId(), a.unit().code(),
                    a.period().code(), a.formId(), a.formVersion(), Timestamp.from(file.receivedAt()));
            insertValues(submissionId, a.values(), a.sheet());
        }
        insertFindings(fileId, submissionId, outcome.findings());
    }

    private void insertValues(long submissionId, List<FormValue> values, String sheet) {
        jdbc.batchUpdate("""
                insert into observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref)
                values (?, ?, ?, ?, ?, ?)""", values, 500, (ps, v) -> {
            ps.setLong(1, submissionId);
            ps.setString(2, v.element());
            ps.setString(3, v.disagg());
            ps.setBigDecimal(4, v.amount());
            ps.setString(5, sheet);
            ps.setString(6, v.cell());
        });
    }

    private void insertFindings(long fileId, Long submissionId, List<Finding> findings) {
        jdbc.batchUpdate("""
                insert into finding (file_id, severity, rule_code, sheet_name, cell_ref, message_vi, message_en,
                                     submission_id, data_element, disagg)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, 500, (ps, f) -> {
            ps.setLong(1, fileId);
            ps.setString(2, f.severity().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(3, f.rule());
            ps.setString(4, f.sheet());
            ps.setString(5, f.cell());
            ps.setString(6, truncate(f.messageVi()));
            ps.setString(7, truncate(f.messageEn()));
            ps.setObject(8, submissionId, java.sql.Types.BIGINT);
            ps.setString(9, f.element());
            ps.setString(10, f.disagg());
        });
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    private long insertReturningId(String sql, String idColumn, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, new String[] {idColumn});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey(), "no generated key").longValue();
    }
}
