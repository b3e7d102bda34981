package vn.genderstats.aggregate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.SplitRule;
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

    /**
     * An indicator with the sums it was computed from; restatement says how a pre-reform figure was carried over;
     * coverage, which units the numerator and the denominator were both summed over.
     */
    public record IndicatorValue(String unitCode, String period, String indicator, BigDecimal numerator,
            BigDecimal denominator, Double value, String restatement, Coverage coverage) {
    }

    /**
     * Whom an indicator covers (a blank is not a zero): {@code unitsReporting} units gave every term of its numerator
     * and denominator and it is summed over them; {@code unitsPartial} gave some but left another blank and are left
     * out; {@code unitsExpected} owe every term (null when the calendar has not been applied).
     */
    public record Coverage(int unitsReporting, int unitsPartial, Integer unitsExpected) {

        /** Units that sent any of the indicator's figures: those it covers and those left out. */
        public int unitsSending() {
            return unitsReporting + unitsPartial;
        }
    }

    /** A report a unit owed for the period: due date (null: no calendar line), first arrival, on_time/late/missing. */
    public record ReportOwed(String unitCode, LocalDate dueDate, LocalDateTime receivedAt, String status) {
    }

    /**
     * A split unit's figures of a period that could not be placed on today's units (no weight for its parts, or the
     * split rule is broken): {@code toCode} is a part below the unit asked about; every restated total it reaches is
     * broken.
     */
    public record UnplacedSplit(String period, String fromVersion, String fromCode, String toCode) {
    }

    private static final String SUM_COLUMNS =
            "select unit_code, period, data_element, disagg, amount, units_reporting, units_expected from aggregate_value ";
    private static final String INDICATOR_COLUMNS = "select unit_code, period, indicator_code, numerator, denominator, "
            + "indicator_value, restatement, units_reporting, units_partial, units_expected from indicator_result ";

    /** A leaf has sums (view aggregate_value) when its submission gave a figure. */
    private static final String LEAF_HAS_FIGURES =
            "exists (select 1 from observation o where o.submission_id = l.submission_id and o.amount is not null)";

    private final JdbcTemplate jdbc;

    private final Hierarchy hierarchy;

    Aggregates(JdbcTemplate jdbc, Hierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    /** The (version, period) slices rolled up on their own list, in version and period order. */
    public List<Slice> nativeSlices() {
        return jdbc.query("select version_id, period from aggregate_sum where restatement = 'native' "
                + "union select l.version_id, l.period from rollup_leaf l where " + LEAF_HAS_FIGURES
                + " order by version_id, period", (rs, i) -> Slice.nativeOn(rs.getString(1), rs.getString(2)));
    }

    /** The units with sums for the period, in code order. */
    public List<String> unitsWithSums(String versionId, String period) {
        return jdbc.queryForList("select unit_code from aggregate_sum where version_id = ? and period = ? "
                + "union select l.unit_code from rollup_leaf l where l.version_id = ? and l.period = ? and "
                + LEAF_HAS_FIGURES + " order by unit_code", String.class, versionId, period, versionId, period);
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

    /**
     * The reports owed for the period by the unit and every unit below it, in code order. Found down the closure:
     * H2 uses no index for a list of codes ({@code unit_code in (…)}) and read every report owed on the list, of every
     * period, for each report it wrote (8.5 % of the sample nightly's report threads).
     */
    public List<ReportOwed> reportsOwedBelow(String versionId, String period, String unitCode) {
        return jdbc.query("select d.unit_code, d.due_date, d.received_at, d.status from unit_ancestor a "
                + "join report_due d on d.version_id = a.version_id and d.unit_code = a.unit_code and d.period = ? "
                + "where a.version_id = ? and a.ancestor_code = ? order by d.unit_code", (rs, i) -> reportOwed(rs),
                period, versionId, unitCode);
    }

    private static ReportOwed reportOwed(ResultSet rs) throws SQLException {
        return new ReportOwed(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDateTime.class),
                rs.getString(4));
    }

    /**
     * The split units that sent figures for the periods but could not be placed on the parts of them lying below
     * {@code unitCode} (a unit of the restatement's target list), in period, old code and part order. Written from
     * the unit down: H2 joins in the order written here, and from the successions it read all 23,000 links to today's
     * list for each report (3.3 % of the sample nightly's report threads).
     */
    public List<UnplacedSplit> unplacedSplits(String versionId, String unitCode, Collection<String> periods) {
        boolean weightsIgnored = hierarchy.restatement().splitRule() == SplitRule.BROKEN;
        return CodeBatches.query(periods, part -> jdbc.query("""
                select distinct s.period, s.version_id, s.unit_code, m.to_code
                from unit_ancestor a
                join unit_succession m on m.to_version = a.version_id and m.to_code = a.unit_code
                join current_submission s on s.version_id = m.from_version and s.unit_code = m.from_code
                where a.version_id = ? and a.ancestor_code = ? and m.kind = 'partial' and (m.weight is null or ?)
                  and s.period in """
                + CodeBatches.placeholders(part.size()), (rs, i) -> new UnplacedSplit(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)),
                CodeBatches.args(List.of(versionId, unitCode, weightsIgnored), part))).stream()
                .sorted(Comparator.comparing(UnplacedSplit::period).thenComparing(UnplacedSplit::fromCode)
                        .thenComparing(UnplacedSplit::toCode))
                .toList();
    }

    /**
     * When the period was last rolled up on this list (empty before its first roll-up): what is worked out from its
     * sums holds until this changes.
     */
    public Optional<LocalDateTime> rolledUpAt(String versionId, String period) {
        return jdbc.query("select computed_at from rollup_state where version_id = ? and period = ?",
                (rs, i) -> rs.getObject(1, LocalDateTime.class), versionId, period).stream().findFirst();
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
        int expected = rs.getInt(10);
        Integer unitsExpected = rs.wasNull() ? null : expected;
        Coverage coverage = new Coverage(rs.getInt(8), rs.getInt(9), unitsExpected);
        return new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), value == null ? null : value.doubleValue(), rs.getString(7), coverage);
    }
}
