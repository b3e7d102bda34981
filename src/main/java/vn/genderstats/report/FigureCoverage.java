package vn.genderstats.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.period.Period;
import vn.genderstats.report.VerdictRules.Coverage;

/**
 * How many of the reporting units below a unit stand behind each figure, from the roll-up's counts per data
 * element (aggregate_value.units_reporting / units_expected). An indicator's coverage is the fewest units
 * that gave any of its parts: an upper bound of the units that gave them all, until the roll-up counts those.
 */
record FigureCoverage(Map<Period, Map<String, Coverage>> byElement) {

    static final FigureCoverage NONE = new FigureCoverage(Map.of());

    static FigureCoverage of(List<Aggregates.Sum> sums) {
        Map<Period, Map<String, Coverage>> out = new HashMap<>();
        for (Aggregates.Sum sum : sums) {
            out.computeIfAbsent(Period.parse(sum.period()), p -> new HashMap<>()).merge(
                    sum.element() + "." + sum.disagg(), new Coverage(sum.unitsReporting(), sum.unitsExpected()),
                    (a, b) -> a.reported() >= b.reported() ? a : b);
        }
        return new FigureCoverage(out);
    }

    /** The indicator's coverage in the period; null when none of its parts was reported. */
    Coverage indicator(Indicator indicator, Period period) {
        Map<String, Coverage> elements = byElement.getOrDefault(period, Map.of());
        List<Coverage> parts = Stream.concat(indicator.numerator().terms().stream(),
                        indicator.denominator().terms().stream())
                .map(t -> t.element() + "." + t.disagg()).distinct().map(elements::get).toList();
        if (parts.stream().allMatch(c -> c == null)) {
            return null;
        }
        int reported = parts.stream().mapToInt(c -> c == null ? 0 : c.reported()).min().orElse(0);
        Integer owed = parts.stream().filter(c -> c != null && c.owed() != null).map(Coverage::owed)
                .max(Integer::compare).orElse(null);
        return new Coverage(reported, owed);
    }
}
