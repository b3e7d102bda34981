package vn.genderstats.aggregate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.system.CodeBatches;

/**
 * What reports and exports read of the roll-up: the sums (aggregate_value), the indicators computed from them
 * (indicator_result) and the reports owed (report_due). Only this package queries those tables.
 */
@Component
public class Aggregates {

    /** A data element's sum at one unit and period, with the reporting units below it that gave it and owe it. */
    public record Sum(String unitCode, String period, String element, String disagg, BigDecimal amount,
            int unitsReporting, Integer unitsExpected) {
    }

    /** An indicator with the sums it was computed from; restatement says how a pre-reform figure was carried over. */
    public record IndicatorValue(String unitCode, String period, String indicator, BigDecimal numerator,
            BigDecimal denominator, Double value, String restatement) {
    }

    /** A report a unit owed for the period: due date (null: no calendar line), first arrival, on_time/late/missing. */
    public record ReportOwed(String unitCode, LocalDate dueDate, LocalDateTime receivedAt, String status) {
    }

    private static final String SUM_COLUMNS =
            "select unit_code, period, data_element, disagg, amount, units_reporting, units_expected from aggregate_value ";
    private static final String INDICATOR_COLUMNS = "select unit_code, period, indicator_code, numerator, denominator, "
            + "indicator_value, restatement from indicator_result ";

    private final JdbcTemplate jdbc;

    Aggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The (version, period) slices rolled up on their own list, in version and period order. */
    public List<Slice> nativeSlices() {
        return jdbc.query("select distinct version_id, period from aggregate_value where restatement = 'native' "
                + "order by version_id, period", (rs, i) -> Slice.nativeOn(rs.getString(1), rs.getString(2)));
    }

    /** The units with sums for the period, in code order. */
    public List<String> unitsWithSums(String versionId, String period) {
        return jdbc.queryForList("select distinct unit_code from aggregate_value where version_id = ? and period = ? "
                + "order by unit_code", String.class, versionId, period);
    }

    /** One unit's sums over several periods (native and restated rows). */
    public List<Sum> sumsOfUnit(String versionId, String unitCode, Collection<String> periods) {
        return CodeBatches.query(periods, part -> jdbc.query(SUM_COLUMNS + "where version_id = ? and unit_code = ? "
                + "and period in " + CodeBatches.placeholders(part.size()), (rs, i) -> sum(rs),
                CodeBatches.args(List.of(versionId, unitCode), part)));
    }

    /** The units' sums of the given elements for one period. */
    public List<Sum> sums(String versionId, String period, Collection<String> unitCodes, Collection<String> elements) {
        if (elements.isEmpty()) {
            return List.of();
        }
        String elementList = CodeBatches.placeholders(elements.size());
        return CodeBatches.query(unitCodes, part -> jdbc.query(SUM_COLUMNS + "where version_id = ? and period = ? "
                + "and unit_code in " + CodeBatches.placeholders(part.size()) + " and data_element in " + elementList,
                (rs, i) -> sum(rs), CodeBatches.args(List.of(CodeBatches.args(List.of(versionId, period), part)), elements)));
    }

    /** The units' sums computed on the units that reported (not restated), in unit, element and breakdown order. */
    public List<Sum> nativeSums(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, part -> jdbc.query(SUM_COLUMNS + "where version_id = ? and period = ? "
                + "and restatement = 'native' and unit_code in " + CodeBatches.placeholders(part.size())
                + " order by unit_code, data_element, disagg", (rs, i) -> sum(rs),
                CodeBatches.args(List.of(versionId, period), part)));
    }

    /** One unit's indicators over several periods. */
    public List<IndicatorValue> indicatorsOfUnit(String versionId, String unitCode, Collection<String> periods) {
        return CodeBatches.query(periods, part -> jdbc.query(INDICATOR_COLUMNS + "where version_id = ? "
                + "and unit_code = ? and period in " + CodeBatches.placeholders(part.size()), (rs, i) -> indicator(rs),
                CodeBatches.args(List.of(versionId, unitCode), part)));
    }

    /** The units' indicators for one period. */
    public List<IndicatorValue> indicators(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, part -> jdbc.query(INDICATOR_COLUMNS + "where version_id = ? "
                + "and period = ? and unit_code in " + CodeBatches.placeholders(part.size()), (rs, i) -> indicator(rs),
                CodeBatches.args(List.of(versionId, period), part)));
    }

    /** The reports the units owed for the period, in code order. */
    public List<ReportOwed> reportsOwed(String versionId, String period, Collection<String> unitCodes) {
        return CodeBatches.query(unitCodes, part -> jdbc.query("select unit_code, due_date, received_at, status "
                + "from report_due where version_id = ? and period = ? and unit_code in "
                + CodeBatches.placeholders(part.size()), (rs, i) -> new ReportOwed(rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDateTime.class), rs.getString(4)),
                CodeBatches.args(List.of(versionId, period), part)))
                .stream().sorted(java.util.Comparator.comparing(ReportOwed::unitCode)).toList();
    }

    /** How many sums a period has, over every unit and list. */
    public long sumCount(String period) {
        Long n = jdbc.queryForObject("select count(*) from aggregate_value where period = ?", Long.class, period);
        return n == null ? 0 : n;
    }

    private static Sum sum(ResultSet rs) throws SQLException {
        int expected = rs.getInt(7);
        Integer unitsExpected = rs.wasNull() ? null : expected;
        return new Sum(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getInt(6), unitsExpected);
    }

    private static IndicatorValue indicator(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal(6);
        return new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), value == null ? null : value.doubleValue(), rs.getString(7));
    }
}
