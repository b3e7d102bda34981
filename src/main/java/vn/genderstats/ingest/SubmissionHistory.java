package vn.genderstats.ingest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.genderstats.form.FormValue;

/**
 * What changed when a unit sent its form again: every value that differs from the submission it replaced,
 * old → new, recorded as the resubmission is stored; and the history of a unit and period read back.
 */
@Repository
public class SubmissionHistory {

    /** One changed value with who sent each version and when. */
    public record Change(String dataElement, String disagg, String kind, BigDecimal oldAmount, BigDecimal newAmount,
            String senderCode, String inboxPath, Instant receivedAt, String replacedInboxPath, Instant replacedReceivedAt) {
    }

    private record Stored(BigDecimal amount, String cell) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SubmissionHistory(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void record(long submissionId, long replacedId, List<FormValue> values) {
        Map<String, Stored> old = new LinkedHashMap<>();
        jdbc.query("select data_element, disagg, amount, cell_ref from observation where submission_id = ?",
                rs -> {
                    old.put(rs.getString(1) + "|" + rs.getString(2), new Stored(rs.getBigDecimal(3), rs.getString(4)));
                }, replacedId);
        List<Object[]> rows = new ArrayList<>();
        for (FormValue v : values) {
            Stored before = old.remove(v.element() + "|" + v.disagg());
            if (before == null) {
                rows.add(new Object[] {submissionId, replacedId, v.element(), v.disagg(), "added", null, v.amount(), null,
                    StoredText.fit(v.cell(), SubmissionStore.CELL_REF)});
            } else if (!same(before.amount(), v.amount())) {
                rows.add(new Object[] {submissionId, replacedId, v.element(), v.disagg(), "changed", before.amount(),
                    v.amount(), before.cell(), StoredText.fit(v.cell(), SubmissionStore.CELL_REF)});
            }
        }
        old.forEach((key, before) -> {
            String[] k = key.split("\\|", 2);
            rows.add(new Object[] {submissionId, replacedId, k[0], k[1], "removed", before.amount(), null, before.cell(), null});
        });
        jdbc.batchUpdate("""
                insert into value_change (submission_id, replaced_submission_id, data_element, disagg, change_kind,
                  old_amount, new_amount, old_cell_ref, new_cell_ref)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Every value change of a unit and period, oldest resubmission first. */
    public List<Change> changes(String versionId, String unitCode, String period) {
        return jdbc.query("""
                select data_element, disagg, change_kind, old_amount, new_amount, sender_code, inbox_path, received_at,
                       replaced_inbox_path, replaced_received_at
                from submission_history where version_id = ? and unit_code = ? and period = ?
                order by received_at, submission_id, data_element, disagg""",
                (rs, i) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7), instant(rs.getObject(8, LocalDateTime.class)),
                        rs.getString(9), instant(rs.getObject(10, LocalDateTime.class))),
                versionId, unitCode, period);
    }

    /** A stored time (the office's wall clock) as an instant. */
    private Instant instant(LocalDateTime officeTime) {
        return officeTime == null ? null : officeTime.atZone(clock.getZone()).toInstant();
    }

    /** Equal amounts, with "không có" (null) equal only to itself; 5 and 5.00 are the same figure. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
