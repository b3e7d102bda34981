package vn.genderstats.submit;

import vn.genderstats.approval.Approvals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.form.FormContent;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/** Reads a unit's rolled-up figures and its children's from aggregate_value (native rows only). */
@Component
public class ConsolidatedFigureQuery {

    private final JdbcTemplate jdbc;
    private final Hierarchy hierarchy;
    private final Approvals approvals;

    ConsolidatedFigureQuery(JdbcTemplate jdbc, Hierarchy hierarchy, Approvals approvals) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.approvals = approvals;
    }

    public ConsolidatedFigures of(AdminUnit unit, Period period) {
        Map<String, Map<String, BigDecimal>> byUnit = new HashMap<>();
        jdbc.query("""
                select v.unit_code, v.data_element, v.disagg, v.amount
                from aggregate_value v
                where v.version_id = ? and v.period = ? and v.restatement = 'native'
                  and (v.unit_code = ? or v.unit_code in
                       (select u.code from admin_unit u where u.version_id = ? and u.parent_code = ?))
                order by v.unit_code, v.data_element, v.disagg""", rs -> {
            byUnit.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                    .put(FormContent.key(rs.getString(2), rs.getString(3)), rs.getBigDecimal(4));
        }, unit.versionId(), period.code(), unit.code(), unit.versionId(), unit.code());
        List<ConsolidatedFigures.ChildFigures> children = new ArrayList<>();
        for (AdminUnit child : hierarchy.children(unit).stream().sorted(Comparator.comparing(AdminUnit::code)).toList()) {
            children.add(new ConsolidatedFigures.ChildFigures(child, approvals.state(child, period).label(),
                    byUnit.getOrDefault(child.code(), Map.of())));
        }
        return new ConsolidatedFigures(unit, period, byUnit.getOrDefault(unit.code(), Map.of()), children);
    }
}
