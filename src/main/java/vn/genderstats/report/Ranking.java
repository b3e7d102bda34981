package vn.genderstats.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.genderstats.report.UnitFigures.Child;

/**
 * The units below ranked by an indicator, highest first; units with equal values keep the order they are listed
 * in. Units without a printable value are left out.
 */
record Ranking(List<Ranked> units) {

    /** A unit's place: its label (the name, with the code where two units below share a name) and value. */
    record Ranked(String label, double value) {
    }

    /** {@code value} gives a child's printable value, or null where there is none (missing or hidden). */
    static Ranking of(List<Child> children, Function<Child, Double> value) {
        Map<String, Long> names = children.stream()
                .collect(Collectors.groupingBy(c -> c.unit().name(), Collectors.counting()));
        List<Ranked> out = new ArrayList<>();
        for (Child child : children) {
            Double v = value.apply(child);
            if (v != null) {
                // Two units below may share a name; the chart keys bars by label.
                String name = child.unit().name();
                out.add(new Ranked(names.get(name) > 1 ? name + " (" + child.unit().code() + ")" : name, v));
            }
        }
        out.sort(Comparator.comparingDouble(Ranked::value).reversed());
        return new Ranking(List.copyOf(out));
    }

    int size() {
        return units.size();
    }

    /** At most {@code max} units: the highest and the lowest half of {@code max} when there are more. */
    Ranking ends(int max) {
        if (units.size() <= max) {
            return this;
        }
        List<Ranked> ends = new ArrayList<>(units.subList(0, max / 2));
        ends.addAll(units.subList(units.size() - max / 2, units.size()));
        return new Ranking(List.copyOf(ends));
    }

    /** The units with the unit itself added (null: not shown), highest first; the unit goes after its equals. */
    List<Ranked> with(Ranked self) {
        List<Ranked> all = new ArrayList<>(units);
        if (self != null) {
            all.add(self);
        }
        all.sort(Comparator.comparingDouble(Ranked::value).reversed());
        return all;
    }
}
