package vn.genderstats.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.period.Period;
import vn.genderstats.report.VerdictRules.Coverage;

/**
 * How many of the reporting units below a unit stand behind each indicator: the units that gave every part of it
 * (the roll-up sums a ratio over those only) out of the units owing a report.
 */
record FigureCoverage(Map<Period, Map<String, Coverage>> byIndicator) {

    static final FigureCoverage NONE = new FigureCoverage(Map.of());

    static FigureCoverage of(List<Aggregates.IndicatorValue> values) {
        Map<Period, Map<String, Coverage>> out = new HashMap<>();
        for (Aggregates.IndicatorValue value : values) {
            if (value.coverage() != null) {
                out.computeIfAbsent(Period.parse(value.period()), p -> new HashMap<>()).put(value.indicator(),
                        new Coverage(value.coverage().unitsReporting(), value.coverage().unitsExpected()));
            }
        }
        return new FigureCoverage(out);
    }

    /** The indicator's coverage in the period; null when no unit sent any of its parts. */
    Coverage indicator(Indicator indicator, Period period) {
        return byIndicator.getOrDefault(period, Map.of()).get(indicator.code());
    }
}
