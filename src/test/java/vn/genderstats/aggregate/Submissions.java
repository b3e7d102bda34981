package vn.genderstats.aggregate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Stores submissions straight in the database, as ingest would, for roll-up scenarios computed by hand. */
final class Submissions {

    private final JdbcTemplate jdbc;

    Submissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code values}: "ELEMENT.DISAGG" → amount, e.g. "LIVE_BIRTHS.M" → 12. */
    long submit(String version, String unit, String period, LocalDateTime receivedAt, Map<String, Number> values) {
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        GeneratedKeyHolder fileKey = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into received_file (sha256, file_name, inbox_path, size_bytes, received_at, "
                    + "outcome) values (?, ?, ?, 1000, ?, 'accepted')", new String[] {"file_id"});
            ps.setString(1, HexFormat.of().formatHex(random));
            ps.setString(2, unit + "-" + period + ".xlsx");
            ps.setString(3, unit + "/" + unit + "-" + period + ".xlsx");
            ps.setTimestamp(4, Timestamp.valueOf(receivedAt));
            return ps;
        }, fileKey);
        long fileId = fileKey.getKey().longValue();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into submission (file_id, version_id, unit_code, period, received_at) "
                    + "values (?, ?, ?, ?, ?)", new String[] {"submission_id"});
            ps.setLong(1, fileId);
            ps.setString(2, version);
            ps.setString(3, unit);
            ps.setString(4, period);
            ps.setTimestamp(5, Timestamp.valueOf(receivedAt));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        values.forEach((cell, amount) -> {
            String[] parts = cell.split("\\.");
            jdbc.update("insert into observation (submission_id, data_element, disagg, amount, sheet_name, cell_ref) "
                    + "values (?, ?, ?, ?, 'Biểu mẫu', 'D10')", id, parts[0], parts.length > 1 ? parts[1] : "T",
                    new BigDecimal(amount.toString()));
        });
        return id;
    }
}
