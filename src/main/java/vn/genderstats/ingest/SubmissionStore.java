package vn.genderstats.ingest;

import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    static final int INBOX_PATH = 1000;
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

    /** A file and what was decided about it. */
    public record Judged(ReceivedFile file, Outcome outcome) {
    }

    /**
     * Stores the file and what was decided about it; false (and nothing stored) when the same bytes were
     * stored meanwhile by another partition, which waits for that transaction instead of failing.
     */
    public boolean save(ReceivedFile file, Outcome outcome, Long jobExecutionId) {
        return saveAll(List.of(new Judged(file, outcome)), jobExecutionId).get(0);
    }

    /**
     * Stores a chunk of files as {@link #save} does each, in fewer round trips: the submissions they replace are
     * looked up in one query per period, and their values go in with one COPY (a batched insert elsewhere) after
     * the last file. A stored file used to cost six round trips; most of an ingest's wait on the database.
     */
    public List<Boolean> saveAll(List<Judged> files, Long jobExecutionId) {
        CurrentSubmissions current = currentSubmissions(files.stream().map(Judged::outcome)
                .filter(Outcome.Accepted.class::isInstance).map(Outcome.Accepted.class::cast).toList());
        PendingValues pending = new PendingValues();
        List<Boolean> stored = new ArrayList<>(files.size());
        for (Judged judged : files) {
            stored.add(store(judged.file(), judged.outcome(), jobExecutionId, current, pending));
        }
        pending.flush();
        return stored;
    }

    private boolean store(ReceivedFile file, Outcome outcome, Long jobExecutionId, CurrentSubmissions current,
            PendingValues pending) {
        String result = outcomeCode(outcome);
        String storedSha256 = outcome instanceof Outcome.Rejected ? null : file.sha256();
        // the period a refused form was for (read from the form or the file name), so the unit is not counted missing
        String refusedPeriod = outcome instanceof Outcome.Rejected r && r.period() != null ? r.period().code() : null;
        LocalDateTime receivedAt = receipts.officeTime(file.receivedAt());
        Long fileId = insertReturningId("""
                insert into received_file (sha256, file_name, inbox_path, size_bytes, received_at, job_execution_id, outcome,
                  sender_code, stored_sha256, receipt_channel, uploaded_by, form_period)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", "file_id", file.sha256(),
                StoredText.fit(file.fileName(), 255), StoredText.fit(file.inboxPath(), INBOX_PATH), file.sizeBytes(),
                receivedAt, jobExecutionId, result, StoredText.fit(file.senderCode(), UNIT_CODE),
                storedSha256, file.receipt().channel().code(), StoredText.fit(file.receipt().uploader(), 100),
                refusedPeriod);
        if (fileId == null) {
            return false;
        }
        Long submissionId = null;
        if (outcome instanceof Outcome.Accepted a) {
            Slot slot = Slot.of(a);
            Optional<Long> replaced = current.before(slot, receivedAt);
            long stored = insertReturningId("""
                    insert into submission (file_id, version_id, unit_code, period, form_id, form_version, received_at,
                      replaces_submission_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", "submission_id", fileId, a.unit().versionId(), a.unit().code(),
                    a.period().code(), StoredText.fit(a.formId(), 40), StoredText.fit(a.formVersion(), 10),
                    receivedAt, replaced.orElse(null));
            current.stored(slot, stored, receivedAt);
            pending.add(stored, a.values(), a.sheet());
            if (replaced.isPresent()) {
                pending.flush(); // the replaced values may be among those pending
                history.record(stored, replaced.get(), a.values());
            }
            submissionId = stored;
        }
        insertFindings(fileId, submissionId, outcome.findings());
        return true;
    }

    /** A unit's report for a period on a list: what one submission at a time is current for. */
    private record Slot(String versionId, String unitCode, String period) {

        static Slot of(Outcome.Accepted a) {
            return new Slot(a.unit().versionId(), a.unit().code(), a.period().code());
        }
    }

    /** A submission and its receipt time as stored. */
    private record Current(long submissionId, LocalDateTime receivedAt) {
    }

    /**
     * The submission current for each slot of a chunk (as the view current_submission says), kept up to date as the
     * chunk's files are stored: two files of a chunk may be for the same unit and period.
     */
    private static final class CurrentSubmissions {

        private final Map<Slot, Current> bySlot = new HashMap<>();

        /** The current submission, if the new file arrived after it (a file dated earlier does not replace it). */
        Optional<Long> before(Slot slot, LocalDateTime receivedAt) {
            Current now = bySlot.get(slot);
            return now != null && !now.receivedAt().isAfter(asStored(receivedAt)) ? Optional.of(now.submissionId())
                    : Optional.empty();
        }

        /** A submission just stored: current unless the one before it was received later. */
        void stored(Slot slot, long submissionId, LocalDateTime receivedAt) {
            Current now = bySlot.get(slot);
            if (now == null || !now.receivedAt().isAfter(asStored(receivedAt))) {
                bySlot.put(slot, new Current(submissionId, asStored(receivedAt)));
            }
        }

        /** A timestamp column keeps microseconds: compared as the database compares them. */
        private static LocalDateTime asStored(LocalDateTime t) {
            return t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        }
    }

    private CurrentSubmissions currentSubmissions(List<Outcome.Accepted> accepted) {
        CurrentSubmissions current = new CurrentSubmissions();
        Map<List<String>, List<String>> unitsByListAndPeriod = new LinkedHashMap<>();
        accepted.forEach(a -> unitsByListAndPeriod.computeIfAbsent(List.of(a.unit().versionId(), a.period().code()),
                k -> new ArrayList<>()).add(a.unit().code()));
        unitsByListAndPeriod.forEach((listAndPeriod, units) -> {
            List<Object> args = new ArrayList<>(listAndPeriod);
            args.addAll(units);
            jdbc.query("select unit_code, submission_id, received_at from current_submission "
                    + "where version_id = ? and period = ? and unit_code in (" + "?, ".repeat(units.size() - 1) + "?)",
                    rs -> {
                        current.bySlot.put(new Slot(listAndPeriod.get(0), rs.getString(1), listAndPeriod.get(1)),
                                new Current(rs.getLong(2), rs.getObject(3, LocalDateTime.class)));
                    }, args.toArray());
        });
        return current;
    }

    /** Values of the chunk's submissions not yet sent to the database. */
    private final class PendingValues {

        private record Row(long submissionId, FormValue value, String sheetName) {
        }

        private final List<Row> rows = new ArrayList<>();

        void add(long submissionId, List<FormValue> values, String sheet) {
            String sheetName = StoredText.fit(sheet, SHEET_NAME);
            values.forEach(v -> rows.add(new Row(submissionId, v, sheetName)));
        }

        void flush() {
            if (!rows.isEmpty()) {
                insertValues(rows);
                rows.clear();
            }
        }

        /** On PostgreSQL with COPY (one round trip), elsewhere as a batched insert. */
        private void insertValues(List<Row> values) {
            boolean copied = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
                if (!c.isWrapperFor(PGConnection.class)) {
                    return false;
                }
                StringBuilder text = new StringBuilder(values.size() * 48);
                for (Row r : values) {
                    FormValue v = r.value();
                    text.append(r.submissionId()).append('\t');
                    copyText(text, v.element()).append('\t');
                    copyText(text, v.disagg()).append('\t');
                    text.append(v.amount() == null ? "\\N" : v.amount().toPlainString()).append('\t');
                    copyText(text, r.sheetName()).append('\t');
                    copyText(text, StoredText.fit(v.cell(), CELL_REF)).append('\n');
                }
                try {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref) from stdin",
                            new java.io.StringReader(text.toString()));
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
                    values (?, ?, ?, ?, ?, ?)""", values, 500, (ps, r) -> {
                ps.setLong(1, r.submissionId());
                ps.setString(2, r.value().element());
                ps.setString(3, r.value().disagg());
                ps.setBigDecimal(4, r.value().amount());
                ps.setString(5, r.sheetName());
                ps.setString(6, StoredText.fit(r.value().cell(), CELL_REF));
            });
        }
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
        if (findings.isEmpty()) {
            return;
        }
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
