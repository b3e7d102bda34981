package vn.genderstats.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.Due;
import vn.genderstats.report.UnitFigures.FileNote;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.report.UnitFigures.SourceFile;

/** Reads a unit's figures from the aggregates (aggregate_value, indicator_result) and what came in. */
@Component
class ReportData {

    /** The Strategy's first year: trends start here. */
    static final int FIRST_YEAR = 2021;

    private final JdbcTemplate jdbc;
    private final Hierarchy hierarchy;
    private final String sensitiveList;

    ReportData(JdbcTemplate jdbc, Hierarchy hierarchy, Catalog catalog) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        // Catalogue codes are [A-Z0-9_] (checked at load), so they can be written into the SQL.
        this.sensitiveList = catalog.dataElements().stream().filter(DataElement::sensitive)
                .map(e -> "'" + e.code() + "'").collect(Collectors.joining(",", "(", ")"));
    }

    /** Units with aggregates for the period, nation excluded, in code order. */
    List<AdminUnit> unitsWithData(String versionId, Period period) {
        return jdbc.queryForList("""
                select distinct a.unit_code from aggregate_value a
                join admin_unit u on u.version_id = a.version_id and u.code = a.unit_code
                where a.version_id = ? and a.period = ? and u.tier <> 'nation'
                order by a.unit_code""", String.class, versionId, period.code())
                .stream().map(code -> hierarchy.unit(versionId, code).orElseThrow()).toList();
    }

    /** The periods of a trend ending at {@code period}: every year from 2021 before it, then the period itself. */
    static List<Period> trendPeriods(Period period) {
        List<Period> periods = new ArrayList<>();
        for (int year = FIRST_YEAR; year < period.year(); year++) {
            periods.add(Period.annual(year));
        }
        periods.add(period);
        return periods;
    }

    UnitFigures figures(AdminUnit unit, Period period) {
        String v = unit.versionId();
        List<Period> periods = trendPeriods(period);
        String in = periods.stream().map(p -> "'" + p.code() + "'").collect(Collectors.joining(",", "(", ")"));
        Map<Period, Map<String, BigDecimal>> elements = new TreeMap<>();
        Map<Period, Map<String, IndicatorFigure>> indicators = new TreeMap<>();
        periods.forEach(p -> {
            elements.put(p, new LinkedHashMap<>());
            indicators.put(p, new LinkedHashMap<>());
        });
        int[] reporting = {0};
        Integer[] expected = {null};
        jdbc.query("select period, data_element, disagg, amount, units_reporting, units_expected "
                + "from aggregate_value where version_id = ? and unit_code = ? and period in " + in, rs -> {
            Period p = Period.parse(rs.getString(1));
            elements.get(p).put(rs.getString(2) + "." + rs.getString(3), rs.getBigDecimal(4));
            if (p.equals(period)) {
                reporting[0] = Math.max(reporting[0], rs.getInt(5));
                int owed = rs.getInt(6);
                if (!rs.wasNull()) {
                    expected[0] = expected[0] == null ? owed : Math.max(expected[0], owed);
                }
            }
        }, v, unit.code());
        jdbc.query("select period, indicator_code, numerator, denominator, indicator_value, restatement "
                + "from indicator_result where version_id = ? and unit_code = ? and period in " + in,
                rs -> {
                    indicators.get(Period.parse(rs.getString(1))).put(rs.getString(2), indicator(rs));
                }, v, unit.code());
        Map<Period, PeriodFigures> series = new TreeMap<>();
        for (Period p : periods) {
            if (!elements.get(p).isEmpty() || !indicators.get(p).isEmpty()) {
                series.put(p, new PeriodFigures(elements.get(p), indicators.get(p)));
            }
        }
        List<String> subtree = jdbc.queryForList(
                "select unit_code from unit_ancestor where version_id = ? and ancestor_code = ?",
                String.class, v, unit.code());
        return new UnitFigures(unit, hierarchy.ancestors(unit), period, reporting[0], expected[0], series,
                children(unit, period), dues(unit, period), warnings(unit, period), rejected(new HashSet<>(subtree)),
                sources(unit, period));
    }

    private static IndicatorFigure indicator(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal(5);
        return new IndicatorFigure(rs.getBigDecimal(3), rs.getBigDecimal(4), value == null ? null : value.doubleValue(),
                rs.getString(6));
    }

    private List<Child> children(AdminUnit unit, Period period) {
        Map<String, Map<String, BigDecimal>> elements = new HashMap<>();
        Map<String, Map<String, IndicatorFigure>> indicators = new HashMap<>();
        List<String> childCodes = hierarchy.children(unit).stream().map(AdminUnit::code).toList();
        if (childCodes.isEmpty()) {
            return List.of();
        }
        // Child codes as bind parameters, so both databases read the rows by primary key.
        String codes = childCodes.stream().map(c -> "?").collect(Collectors.joining(",", "(", ")"));
        List<Object> args = new ArrayList<>(List.of(unit.versionId(), period.code()));
        args.addAll(childCodes);
        jdbc.query("select unit_code, data_element, disagg, amount from aggregate_value "
                + "where version_id = ? and period = ? and unit_code in " + codes + " and data_element in " + sensitiveList,
                rs -> {
                    elements.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>())
                            .put(rs.getString(2) + "." + rs.getString(3), rs.getBigDecimal(4));
                }, args.toArray());
        jdbc.query("select unit_code, period, indicator_code, numerator, denominator, indicator_value, restatement "
                + "from indicator_result where version_id = ? and period = ? and unit_code in " + codes, rs -> {
                    indicators.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>()).put(rs.getString(3),
                            new IndicatorFigure(rs.getBigDecimal(4), rs.getBigDecimal(5),
                                    rs.getBigDecimal(6) == null ? null : rs.getBigDecimal(6).doubleValue(),
                                    rs.getString(7)));
                }, args.toArray());
        Set<String> withFigures = new HashSet<>(indicators.keySet());
        withFigures.addAll(elements.keySet());
        return withFigures.stream().sorted().map(code -> new Child(hierarchy.unit(unit.versionId(), code).orElseThrow(),
                new PeriodFigures(elements.getOrDefault(code, Map.of()), indicators.getOrDefault(code, Map.of())))).toList();
    }

    private List<Due> dues(AdminUnit unit, Period period) {
        return jdbc.query("""
                select d.unit_code, u.name, d.due_date, d.received_at, d.status from report_due d
                join unit_ancestor a on a.version_id = d.version_id and a.unit_code = d.unit_code
                join admin_unit u on u.version_id = d.version_id and u.code = d.unit_code
                where a.version_id = ? and a.ancestor_code = ? and d.period = ?
                order by d.unit_code""", (rs, n) -> new Due(rs.getString(1), rs.getString(2),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), time(rs.getTimestamp(4)), rs.getString(5)),
                unit.versionId(), unit.code(), period.code());
    }

    private List<FileNote> warnings(AdminUnit unit, Period period) {
        return jdbc.query("""
                select f.file_name, d.sheet_name, d.cell_ref, d.message_vi, d.message_en from finding d
                join received_file f on f.file_id = d.file_id
                join current_submission s on s.file_id = f.file_id
                join unit_ancestor a on a.version_id = s.version_id and a.unit_code = s.unit_code
                where a.version_id = ? and a.ancestor_code = ? and s.period = ? and d.severity = 'warning'
                order by f.file_name, d.finding_id""", (rs, n) -> note(rs), unit.versionId(), unit.code(), period.code());
    }

    /**
     * Rejected files whose inbox folder starts with the code of a unit of the subtree: a rejected file may
     * have no readable unit or period, so its folder (one per sending unit) is what ties it to a report.
     */
    private List<FileNote> rejected(Set<String> subtree) {
        List<FileNote> notes = new ArrayList<>();
        jdbc.query("""
                select f.file_name, d.sheet_name, d.cell_ref, d.message_vi, d.message_en, f.inbox_path
                from received_file f left join finding d on d.file_id = f.file_id and d.severity = 'error'
                where f.outcome = 'rejected' order by f.received_at, f.file_id, d.finding_id""", rs -> {
            String folder = rs.getString(6).replace('\\', '/').split("/")[0];
            String code = folder.replaceFirst("^(\\d+).*", "$1");
            if (subtree.contains(code)) {
                notes.add(rs.getString(4) == null ? new FileNote(rs.getString(1), "", "", "") : note(rs));
            }
        });
        return notes;
    }

    private static FileNote note(ResultSet rs) throws SQLException {
        String sheet = rs.getString(2);
        String cell = rs.getString(3);
        String where = sheet == null ? "" : cell == null ? sheet : sheet + "!" + cell;
        return new FileNote(rs.getString(1), where, rs.getString(4), rs.getString(5));
    }

    private List<SourceFile> sources(AdminUnit unit, Period period) {
        return jdbc.query("""
                select s.unit_code, f.file_name, f.sha256, f.received_at from current_submission s
                join received_file f on f.file_id = s.file_id
                join unit_ancestor a on a.version_id = s.version_id and a.unit_code = s.unit_code
                where a.version_id = ? and a.ancestor_code = ? and s.period = ?
                order by s.unit_code, f.file_name""", (rs, n) -> new SourceFile(rs.getString(1), rs.getString(2),
                rs.getString(3), time(rs.getTimestamp(4))), unit.versionId(), unit.code(), period.code());
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
