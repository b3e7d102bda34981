package vn.genderstats.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.genderstats.system.CodeBatches;

/**
 * What the portal shows of a unit's files: its history (accepted files by the unit they are for, refused ones by
 * the unit that sent them), one file's findings cell by cell and the values it brought.
 */
@Component
public class UnitFiles {

    /**
     * A received file: for whom and which period when it was accepted (null when refused), who sent it (the
     * sending unit's code; the portal user, null for an inbox file), when (the office's wall-clock time) and with
     * what outcome.
     */
    public record ReceivedFile(long fileId, String fileName, String inboxPath, String sha256, LocalDateTime receivedAt,
            String outcome, String senderCode, String uploadedBy, String versionId, String unitCode, String period,
            boolean current) {

        public boolean rejected() {
            return "rejected".equals(outcome);
        }
    }

    /** A finding, where it is (sheet and A1 cell, either may be null) and what it says. */
    public record CellFinding(String severity, String rule, String sheet, String cell, String messageVi, String messageEn) {
    }

    /** A value as stored, with the cell it was read from. */
    public record CellValue(String element, String disagg, BigDecimal amount, String sheet, String cell) {
    }

    private static final String FILE_COLUMNS = """
            select f.file_id, f.file_name, f.inbox_path, f.sha256, f.received_at, f.outcome, f.sender_code, f.uploaded_by,
                   s.version_id, s.unit_code, s.period,
                   case when c.submission_id is null then 0 else 1 end as is_current
            from received_file f
            left join submission s on s.file_id = f.file_id
            left join current_submission c on c.submission_id = s.submission_id
            """;

    private final JdbcTemplate jdbc;

    UnitFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's files for the period, and the files its own unit sent that were refused; newest first. */
    public List<ReceivedFile> history(String versionId, String unitCode, String period) {
        return jdbc.query(FILE_COLUMNS + """
                where (s.version_id = ? and s.unit_code = ? and s.period = ?)
                   or (s.submission_id is null and f.sender_code = ?)
                order by f.received_at desc, f.file_id desc""", FILE, versionId, unitCode, period, unitCode);
    }

    public Optional<ReceivedFile> file(long fileId) {
        return jdbc.query(FILE_COLUMNS + " where f.file_id = ?", FILE, fileId).stream().findFirst();
    }

    public List<CellFinding> findings(long fileId) {
        return jdbc.query("""
                select severity, rule_code, sheet_name, cell_ref, message_vi, message_en from finding
                where file_id = ? order by finding_id""",
                (rs, n) -> new CellFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), fileId);
    }

    public List<CellValue> values(long fileId) {
        return jdbc.query("""
                select o.data_element, o.disagg, o.amount, o.sheet_name, o.cell_ref from observation o
                join submission s on s.submission_id = o.submission_id
                where s.file_id = ? order by o.data_element, o.disagg""",
                (rs, n) -> new CellValue(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getString(5)), fileId);
    }

    /** When the file that counts for each unit and period arrived, office time (units without one are left out). */
    public Map<String, LocalDateTime> currentReceipts(String versionId, String period, Collection<String> unitCodes) {
        Map<String, LocalDateTime> received = new HashMap<>();
        CodeBatches.query(unitCodes, codes -> jdbc.query("select unit_code, received_at from current_submission "
                + "where version_id = ? and period = ? and unit_code in " + CodeBatches.placeholders(codes.size()),
                (rs, n) -> received.put(rs.getString(1), rs.getObject(2, LocalDateTime.class)),
                CodeBatches.args(List.of(versionId, period), codes)));
        return received;
    }

    /** How many refused files each of the units sent (units that sent none are left out). */
    public Map<String, Integer> refusedBySender(Collection<String> unitCodes) {
        Map<String, Integer> refused = new HashMap<>();
        CodeBatches.query(unitCodes, codes -> jdbc.query("select sender_code, count(*) from received_file "
                + "where outcome = 'rejected' and sender_code in " + CodeBatches.placeholders(codes.size())
                + " group by sender_code",
                (rs, n) -> refused.put(rs.getString(1), rs.getInt(2)), CodeBatches.args(List.of(), codes)));
        return refused;
    }

    private static final RowMapper<ReceivedFile> FILE = (rs, n) -> {
        return new ReceivedFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getInt(12) == 1);
    };
}
