package vn.genderstats.submit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;

/**
 * What a unit sends upward for a period: its consolidated figures (its subtree summed, keyed
 * "ELEMENT.DISAGG" as on a form) and each child unit's figures beside them.
 */
public record ConsolidatedFigures(AdminUnit unit, Period period, Map<String, BigDecimal> figures,
        List<ChildFigures> children) {

    /**
     * A child unit's figures, where it stands in the approval (received, approved, waived…) and whether it
     * reported: {@code reporting} says so in both languages (reported; refused, with the file; missing).
     */
    public record ChildFigures(AdminUnit unit, String state, String reporting, Map<String, BigDecimal> figures) {
    }
}
