package vn.genderstats.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;

/** What a unit's report shows, read from the aggregates (never from raw sheets). */
record UnitFigures(
        AdminUnit unit,
        List<AdminUnit> ancestors,
        Period period,
        int unitsReporting,
        Map<String, IndicatorFigure> indicators,
        Map<String, BigDecimal> elements,
        List<ChildFigure> children) {

    /** An indicator with the sums it was computed from. */
    record IndicatorFigure(BigDecimal numerator, BigDecimal denominator, Double value) {
    }

    /** A child unit's value of one indicator, for ranking. */
    record ChildFigure(String code, String name, String indicator, double value, BigDecimal denominator) {
    }

    BigDecimal element(String code, String disagg) {
        return elements.get(code + "." + disagg);
    }

    boolean hasData() {
        return !elements.isEmpty();
    }
}
