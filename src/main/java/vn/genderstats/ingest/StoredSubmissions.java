package vn.genderstats.ingest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.system.CodeBatches;

/** What other stages may know of the stored submissions, without reading ingest's tables themselves. */
@Component
public class StoredSubmissions {

    /** A finding about a file: where (sheet and cell, either may be null) and what, in Vietnamese and English. */
    public record FileFinding(String fileName, String sheet, String cell, String messageVi, String messageEn) {
    }

    /**
     * A refused file of a sending unit: the period its form names (null when unread), when it arrived and one of its
     * errors (null when it has none stored).
     */
    public record RefusedFile(String senderCode, String fileName, String period, LocalDateTime receivedAt,
            FileFinding error) {
    }

    /**
     * A figure refused in a file that counts for its unit and period: which data element and breakdown, the value
     * written (null when blank or too large to store), and why.
     */
    public record RefusedFigure(String unitCode, String element, String disagg, BigDecimal amount, FileFinding finding) {
    }

    /** A file whose figures count for a unit and period; who sent it through the portal (null: an inbox folder). */
    public record SourceFile(String unitCode, String fileName, String sha256, LocalDateTime receivedAt,
            String uploadedBy) {
    }

    private final JdbcTemplate jdbc;

    StoredSubmissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last submission stored so far (0: none): a lock holds back whatever is stored after it. */
    public long lastId() {
        Long last = jdbc.queryForObject("select coalesce(max(submission_id), 0) from submission", Long.class);
        return last == null ? 0 : last;
    }

    /** "count/last id": changes whenever a submission is stored. */
    public String mark() {
        var row = jdbc.queryForMap("select count(*) as n, coalesce(max(submission_id), 0) as last from submission");
        return row.get("n") + "/" + row.get("last");
    }

    /** Whether any of the units has a submission that counts for the period. */
    public boolean anyCurrent(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, codes -> jdbc.queryForList("select count(*) from current_submission "
                + "where version_id = ? and period = ? and unit_code in " + CodeBatches.placeholders(codes.size()),
                Integer.class, CodeBatches.args(List.of(versionId, period), codes)))
                .stream().anyMatch(n -> n > 0);
    }

    /** A finding about a file that counts for a unit. */
    public record UnitFinding(String unitCode, FileFinding finding) {
    }

    /** The warnings on the files that count for the units and period, by unit, file name and in the order found. */
    public List<UnitFinding> warnings(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, codes -> jdbc.query("""
                select f.file_name, d.sheet_name, d.cell_ref, d.message_vi, d.message_en, s.unit_code from finding d
                join received_file f on f.file_id = d.file_id
                join current_submission s on s.file_id = f.file_id
                where s.version_id = ? and s.period = ? and d.severity = 'warning' and s.unit_code in """
                + CodeBatches.placeholders(codes.size()) + " order by s.unit_code, f.file_name, d.finding_id",
                (rs, n) -> new UnitFinding(rs.getString(6), finding(rs)), CodeBatches.args(List.of(versionId, period), codes)));
    }

    /** The refused files sent from the units' folders (once per error), in the order received. */
    public List<RefusedFile> refusedFiles(Collection<String> senderCodes) {
        return CodeBatches.query(senderCodes, codes -> jdbc.query("""
                select f.file_name, d.sheet_name, d.cell_ref, d.message_vi, d.message_en, f.sender_code, f.form_period,
                       f.received_at
                from received_file f left join finding d on d.file_id = f.file_id and d.severity = 'error'
                where f.outcome = 'rejected' and f.sender_code in """ + CodeBatches.placeholders(codes.size())
                + " order by f.received_at, f.file_id, d.finding_id",
                (rs, n) -> new RefusedFile(rs.getString(6), rs.getString(1), rs.getString(7),
                        rs.getTimestamp(8).toLocalDateTime(), rs.getString(4) == null ? null : finding(rs)),
                codes.toArray()));
    }

    /** The figures refused in the files that count for the units and period, by unit and in the order found. */
    public List<RefusedFigure> refusedFigures(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, codes -> jdbc.query("""
                select f.file_name, d.sheet_name, d.cell_ref, d.message_vi, d.message_en, s.unit_code, d.data_element,
                       d.disagg, d.amount
                from finding d
                join current_submission s on s.submission_id = d.submission_id
                join received_file f on f.file_id = d.file_id
                where s.version_id = ? and s.period = ? and d.severity = 'error' and d.data_element is not null
                  and s.unit_code in """ + CodeBatches.placeholders(codes.size()) + " order by s.unit_code, d.finding_id",
                (rs, n) -> new RefusedFigure(rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
                        finding(rs)),
                CodeBatches.args(List.of(versionId, period), codes)));
    }

    /** The files that count for the units and period, by unit and file name. */
    public List<SourceFile> sources(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, codes -> jdbc.query("""
                select s.unit_code, f.file_name, f.sha256, f.received_at, f.uploaded_by from current_submission s
                join received_file f on f.file_id = s.file_id
                where s.version_id = ? and s.period = ? and s.unit_code in """ + CodeBatches.placeholders(codes.size())
                + " order by s.unit_code, f.file_name",
                (rs, n) -> new SourceFile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getString(5)),
                CodeBatches.args(List.of(versionId, period), codes)));
    }

    private static FileFinding finding(ResultSet rs) throws SQLException {
        return new FileFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /** Values stored, over all submissions. */
    public long observations() {
        Long n = jdbc.queryForObject("select count(*) from observation", Long.class);
        return n == null ? 0 : n;
    }
}
