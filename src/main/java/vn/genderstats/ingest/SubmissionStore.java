package vn.genderstats.ingest;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.Severity;
import vn.genderstats.validate.Outcome;

/**
 * Writes what ingest decided about a file: the file itself, and for an accepted file its submission and
 * values with their cells; and every finding. A resubmission for the same unit and period is stored beside
 * the one it replaces, and what changed is recorded ({@link SubmissionHistory}). Runs inside the caller's
 * transaction, so a workbook goes in whole or not at all.
 */
@Repository
public class SubmissionStore {

    /** Column lengths of the texts a file brings (see the migrations); longer texts are cut to fit. */
    private static final int INBOX_PATH = 1000;
    private static final int UNIT_CODE = 16;
    static final int SHEET_NAME = 100;
    static final int CELL_REF = 12;
    private static final int MESSAGE = 2000;

    private final JdbcTemplate jdbc;
    private final SubmissionHistory history;
    private final Receipts receipts;

    SubmissionStore(JdbcTemplate jdbc, SubmissionHistory history, Receipts receipts) {
        this.jdbc = jdbc;
        this.history = history;
        this.receipts = receipts;
    }

    /** What was decided about a stored file: its outcome code and every finding. */
    public record StoredVerdict(String outcome, List<Finding> findings) {
    }

    /** accepted, accepted_with_warnings or rejected, as stored in received_file.outcome. */
    public static String outcomeCode(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Accepted a -> a.hasWarnings() ? "accepted_with_warnings" : "accepted";
            case Outcome.Rejected r -> "rejected";
        };
    }

    /** The verdict stored for these bytes received at this inbox path. */
    public Optional<StoredVerdict> verdict(String sha256, String inboxPath) {
        return jdbc.query("select file_id, outcome from received_file where sha256 = ? and inbox_path = ?",
                (rs, i) -> new StoredVerdict(rs.getString(2), findings(rs.getLong(1))), sha256,
                StoredText.fit(inboxPath, INBOX_PATH)).stream().findFirst();
    }

    private List<Finding> findings(long fileId) {
        return jdbc.query("""
                select severity, rule_code, sheet_name, cell_ref, message_vi, message_en from finding
                where file_id = ? order by finding_id""",
                (rs, i) -> new Finding(Severity.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), fileId);
    }

    /** Where a file's bytes were received from, and the outcome stored for them. */
    public record Received(String inboxPath, String outcome) {
    }

    /**
     * Stores the file and what was decided about it; false (and nothing stored) when the same bytes were
     * stored meanwhile by another partition, which waits for that transaction instead of failing.
     */
    public boolean save(ReceivedFile file, Outcome outcome, Long jobExecutionId) {
        String result = outcomeCode(outcome);
        String storedSha256 = outcome instanceof Outcome.Rejected ? null : file.sha256();
        // the period a refused form was for (read from the form or the file name), so the unit is not counted missing
        String refusedPeriod = outcome instanceof Outcome.Rejected r && r.period() != null ? r.period().code() : null;
        Long fileId = insertReturningId("""
                insert into received_file (sha256, file_name, inbox_path, size_bytes, received_at, job_execution_id, outcome,
                  sender_code, stored_sha256, receipt_channel, uploaded_by, form_period)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", "file_id", file.sha256(),
                StoredText.fit(file.fileName(), 255), StoredText.fit(file.inboxPath(), INBOX_PATH), file.sizeBytes(),
                receipts.officeTime(file.receivedAt()), jobExecutionId, result, StoredText.fit(file.senderCode(), UNIT_CODE),
                storedSha256, file.receipt().channel().code(), StoredText.fit(file.receipt().uploader(), 100),
                refusedPeriod);
        if (fileId == null) {
            return false;
        }
        Long submissionId = null;
        if (outcome instanceof Outcome.Accepted a) {
            Optional<Long> replaced = currentBefore(a, file.receivedAt());
            long stored = insertReturningId("""
                    insert into submission (file_id, version_id, unit_code, period, form_id, form_version, received_at,
                      replaces_submission_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", "submission_id", fileId, a.unit().versionId(), a.unit().code(),
                    a.period().code(), StoredText.fit(a.formId(), 40), StoredText.fit(a.formVersion(), 10),
                    receipts.officeTime(file.receivedAt()), replaced.orElse(null));
            insertValues(stored, a.values(), a.sheet());
            replaced.ifPresent(old -> history.record(stored, old, a.values()));
            submissionId = stored;
        }
        insertFindings(fileId, submissionId, outcome.findings());
        return true;
    }

    /**
     * The submission now current for the form's unit and period, if the new file arrived after it (a file
     * dated earlier than the stored one is kept but does not replace it, as the view current_submission says).
     */
    private Optional<Long> currentBefore(Outcome.Accepted a, java.time.Instant receivedAt) {
        return jdbc.query("""
                select submission_id from current_submission
                where version_id = ? and unit_code = ? and period = ? and received_at <= ?""",
                (rs, i) -> rs.getLong(1), a.unit().versionId(), a.unit().code(), a.period().code(),
                receipts.officeTime(receivedAt)).stream().findFirst();
    }

    /** On PostgreSQL with COPY (a form's values in one round trip), elsewhere as a batched insert. */
    private void insertValues(long submissionId, List<FormValue> values, String sheet) {
        String sheetName = StoredText.fit(sheet, SHEET_NAME);
        boolean copied = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
            if (!c.isWrapperFor(PGConnection.class)) {
                return false;
            }
            StringBuilder rows = new StringBuilder(values.size() * 48);
            for (FormValue v : values) {
                rows.append(submissionId).append('\t');
                copyText(rows, v.element()).append('\t');
                copyText(rows, v.disagg()).append('\t');
                rows.append(v.amount() == null ? "\\N" : v.amount().toPlainString()).append('\t');
                copyText(rows, sheetName).append('\t');
                copyText(rows, StoredText.fit(v.cell(), CELL_REF)).append('\n');
            }
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref) from stdin",
                        new java.io.StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException("COPY of the values failed", e);
            }
            return true;
        }));
        if (copied) {
            return;
        }
        jdbc.batchUpdate("""
                insert into observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref)
                values (?, ?, ?, ?, ?, ?)""", values, 500, (ps, v) -> {
            ps.setLong(1, submissionId);
            ps.setString(2, v.element());
            ps.setString(3, v.disagg());
            ps.setBigDecimal(4, v.amount());
            ps.setString(5, sheetName);
            ps.setString(6, StoredText.fit(v.cell(), CELL_REF));
        });
    }

    /** A text in COPY's text format: backslash, tab and line ends escaped (NUL is already gone: StoredText). */
    private static StringBuilder copyText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }

    private void insertFindings(long fileId, Long submissionId, List<Finding> findings) {
        jdbc.batchUpdate("""
                insert into finding (file_id, severity, rule_code, sheet_name, cell_ref, message_vi, message_en,
                                     submission_id, data_element, disagg, amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, 500, (ps, f) -> {
            ps.setLong(1, fileId);
            ps.setString(2, f.severity().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(3, StoredText.fit(f.rule(), 60));
            ps.setString(4, StoredText.fit(f.sheet(), SHEET_NAME));
            ps.setString(5, StoredText.fit(f.cell(), CELL_REF));
            ps.setString(6, StoredText.fit(f.messageVi(), MESSAGE));
            ps.setString(7, StoredText.fit(f.messageEn(), MESSAGE));
            ps.setObject(8, submissionId, java.sql.Types.BIGINT);
            ps.setString(9, f.element());
            ps.setString(10, f.disagg());
            ps.setBigDecimal(11, f.amount());
        });
    }

    /** The generated id, or null when the insert did nothing (ON CONFLICT DO NOTHING). */
    private Long insertReturningId(String sql, String idColumn, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, new String[] {idColumn});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey() == null ? null : keys.getKey().longValue();
    }
}
