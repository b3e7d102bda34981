package vn.genderstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.catalog.Indicator;
import vn.genderstats.catalog.Term;
import vn.genderstats.period.Period;
import vn.genderstats.report.SmallCells.Relation;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.PeriodFigures;

/**
 * The counts a report prints and which of them the small-cell rule hides. Printed counts are the unit's
 * data elements of the period (total, male, female, and the same for children) and, for sensitive
 * elements, the total of each unit below. Relations tie them: total = male + female within a row, and
 * the unit's total = the sum of its children's. Which cells are hidden is the period's {@link PeriodSuppression}
 * plan, decided over every published report at once; an internal report hides nothing.
 */
final class PublishedFigures {

    /** One printed count: a unit's data element in one disaggregation. */
    record Cell(String unit, String element, String disagg) {
    }

    private final Catalog catalog;
    private final Disclosure rule;
    private final boolean internal;
    private final Map<Cell, Double> printed = new LinkedHashMap<>();
    private final List<Relation<Cell>> relations = new ArrayList<>();
    private final Set<Cell> hidden;
    private final Period period;
    private final Map<Period, Set<Cell>> earlier;

    PublishedFigures(UnitFigures f, Catalog catalog, PeriodSuppression.Plan plan, boolean internal) {
        this(f, catalog, plan, Map.of(), internal);
    }

    /** {@code earlier}: the cells hidden in the plans of the earlier periods the report's trends print. */
    PublishedFigures(UnitFigures f, Catalog catalog, PeriodSuppression.Plan plan, Map<Period, Set<Cell>> earlier,
            boolean internal) {
        this.catalog = catalog;
        this.period = f.period();
        this.earlier = Map.copyOf(earlier);
        this.rule = plan.rule();
        this.internal = internal;
        String self = f.unit().code();
        addUnit(self, f.current(), catalog.dataElements());
        List<DataElement> sensitive = catalog.dataElements().stream().filter(DataElement::sensitive).toList();
        for (DataElement e : sensitive) {
            List<Cell> parts = new ArrayList<>();
            for (Child child : f.children()) {
                BigDecimal total = child.figures().element(e.code(), "T");
                if (total != null) {
                    Cell cell = new Cell(child.unit().code(), e.code(), "T");
                    printed.put(cell, total.doubleValue());
                    parts.add(cell);
                }
            }
            if (!parts.isEmpty()) {
                relations.add(new Relation<>(new Cell(self, e.code(), "T"), parts));
            }
        }
        hidden = internal ? Set.of() : printed.keySet().stream().filter(plan.hidden()::contains)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private void addUnit(String unit, PeriodFigures slice, List<DataElement> elements) {
        for (DataElement e : elements) {
            for (String key : e.disaggregation().keys()) {
                BigDecimal amount = slice.element(e.code(), key);
                if (amount != null) {
                    printed.put(new Cell(unit, e.code(), key), amount.doubleValue());
                }
            }
            if (e.disaggregation() != Disaggregation.NONE) {
                relations.add(sexRelation(unit, e.code(), ""));
            }
            if (e.disaggregation() == Disaggregation.SEX_AGE) {
                relations.add(sexRelation(unit, e.code(), "CHILD_"));
            }
        }
    }

    static Relation<Cell> sexRelation(String unit, String element, String prefix) {
        return new Relation<>(new Cell(unit, element, prefix + "T"),
                List.of(new Cell(unit, element, prefix + "M"), new Cell(unit, element, prefix + "F")));
    }

    private boolean sensitive(String element) {
        return catalog.element(element).map(DataElement::sensitive).orElse(false);
    }

    boolean internal() {
        return internal;
    }

    Disclosure rule() {
        return rule;
    }

    boolean hidden(String unit, String element, String disagg) {
        return hidden.contains(new Cell(unit, element, disagg));
    }

    /** Every hidden cell this report prints, for the tests and the count in the methodology. */
    Set<Cell> hiddenCells() {
        return hidden;
    }

    /** The earlier periods' hidden cells the trends follow, for the report's fingerprint. */
    Map<Period, Set<Cell>> earlierHidden() {
        return earlier;
    }

    List<Relation<Cell>> relations() {
        return relations;
    }

    /** Whether the indicator rests on a sensitive data element (then its numerator and denominator are not printed). */
    boolean sensitive(Indicator indicator) {
        return terms(indicator).anyMatch(t -> sensitive(t.element()));
    }

    /**
     * A rate is hidden when a count it is computed from is hidden in this report, or, for a count the report
     * does not print (another period, a child's breakdown), when the count is small: printing the rate and
     * its denominator would give the count back.
     */
    boolean rateHidden(String unit, Indicator indicator, Period of, PeriodFigures slice) {
        if (internal) {
            return false;
        }
        Set<Cell> planned = of.equals(period) ? hidden : earlier.getOrDefault(of, Set.of());
        return terms(indicator).filter(t -> sensitive(t.element())).anyMatch(t -> {
            BigDecimal amount = slice.element(t.element(), t.disagg());
            Cell cell = new Cell(unit, t.element(), t.disagg());
            return planned.contains(cell) || (amount != null && rule.small(amount.doubleValue()));
        });
    }

    private static Stream<Term> terms(Indicator indicator) {
        return Stream.concat(indicator.numerator().terms().stream(), indicator.denominator().terms().stream());
    }
}

