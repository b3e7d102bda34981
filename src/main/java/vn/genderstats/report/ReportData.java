package vn.genderstats.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/** Reads a unit's figures from aggregate_value and indicator_result. */
@Component
class ReportData {

    private final JdbcTemplate jdbc;
    private final Hierarchy hierarchy;

    ReportData(JdbcTemplate jdbc, Hierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    /** Units with aggregates for the period, nation excluded, parents before children. */
    List<AdminUnit> unitsWithData(String versionId, Period period) {
        return jdbc.queryForList("""
                select distinct a.unit_code from aggregate_value a
                join admin_unit u on u.version_id = a.version_id and u.code = a.unit_code
                where a.version_id = ? and a.period = ? and u.tier <> 'nation'
                order by a.unit_code""", String.class, versionId, period.code())
                .stream().map(code -> hierarchy.unit(versionId, code).orElseThrow()).toList();
    }

    UnitFigures figures(AdminUnit unit, Period period) {
        String v = unit.versionId();
        Map<String, UnitFigures.IndicatorFigure> indicators = new LinkedHashMap<>();
        jdbc.query("""
                select indicator_code, numerator, denominator, indicator_value from indicator_result
                where version_id = ? and unit_code = ? and period = ?""", rs -> {
            double value = rs.getDouble(4);
            indicators.put(rs.getString(1), new UnitFigures.IndicatorFigure(rs.getBigDecimal(2), rs.getBigDecimal(3),
                    rs.wasNull() ? null : value));
        }, v, unit.code(), period.code());
        Map<String, BigDecimal> elements = new LinkedHashMap<>();
        int[] reporting = {0};
        jdbc.query("""
                select data_element, disagg, amount, units_reporting from aggregate_value
                where version_id = ? and unit_code = ? and period = ?""", rs -> {
            elements.put(rs.getString(1) + "." + rs.getString(2), rs.getBigDecimal(3));
            reporting[0] = Math.max(reporting[0], rs.getInt(4));
        }, v, unit.code(), period.code());
        List<UnitFigures.ChildFigure> children = jdbc.query("""
                select u.code, u.name, i.indicator_code, i.indicator_value, i.denominator
                from indicator_result i
                join admin_unit u on u.version_id = i.version_id and u.code = i.unit_code
                where i.version_id = ? and i.period = ? and u.parent_code = ? and i.indicator_value is not null
                order by i.indicator_value desc""", (rs, n) -> new UnitFigures.ChildFigure(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getBigDecimal(5)), v, period.code(), unit.code());
        return new UnitFigures(unit, hierarchy.ancestors(unit), period, reporting[0], indicators, elements, children);
    }
}
