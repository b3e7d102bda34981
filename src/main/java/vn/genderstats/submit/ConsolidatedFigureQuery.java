package vn.genderstats.submit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.approval.Approvals;
import vn.genderstats.form.FormContent;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/** A unit's rolled-up figures and its children's, from the aggregates (native rows only). */
@Component
public class ConsolidatedFigureQuery {

    private final Aggregates aggregates;
    private final Hierarchy hierarchy;
    private final Approvals approvals;

    ConsolidatedFigureQuery(Aggregates aggregates, Hierarchy hierarchy, Approvals approvals) {
        this.aggregates = aggregates;
        this.hierarchy = hierarchy;
        this.approvals = approvals;
    }

    public ConsolidatedFigures of(AdminUnit unit, Period period) {
        Map<String, Map<String, BigDecimal>> byUnit = new HashMap<>();
        List<String> unitAndChildren = new ArrayList<>(List.of(unit.code()));
        hierarchy.children(unit).forEach(child -> unitAndChildren.add(child.code()));
        for (Aggregates.Sum sum : aggregates.nativeSums(unit.versionId(), period.code(), unitAndChildren)) {
            byUnit.computeIfAbsent(sum.unitCode(), k -> new LinkedHashMap<>())
                    .put(FormContent.key(sum.element(), sum.disagg()), sum.amount());
        }
        List<ConsolidatedFigures.ChildFigures> children = new ArrayList<>();
        for (AdminUnit child : hierarchy.children(unit).stream().sorted(Comparator.comparing(AdminUnit::code)).toList()) {
            children.add(new ConsolidatedFigures.ChildFigures(child, approvals.state(child, period).label(),
                    byUnit.getOrDefault(child.code(), Map.of())));
        }
        return new ConsolidatedFigures(unit, period, byUnit.getOrDefault(unit.code(), Map.of()), children);
    }
}
