package vn.genderstats.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.catalog.Disaggregation;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.report.PublishedFigures.Cell;
import vn.genderstats.report.SmallCells.Relation;

/**
 * Which counts no published report of a period may print, decided once over all of them: every sensitive count of
 * every unit of the list, at every level, in every breakdown (what any report prints: a unit's own table, and its
 * children's totals in its parent's report), tied by every relation a reader could use across reports — total =
 * male + female (and the same for children), and a unit = the sum of the units below it, for every unit a report
 * prints (not the nation). Each report, in either
 * language, then hides exactly these cells, so no set of published reports gives a hidden one back by subtraction.
 */
@Component
class PeriodSuppression {

    /** The cells hidden in the period's published reports, for the rule they were decided with. */
    record Plan(Disclosure rule, Set<Cell> hidden) {

        Plan {
            hidden = Set.copyOf(hidden);
        }
    }

    /** A plan and the roll-up it was decided on. */
    private record Decided(LocalDateTime rolledUpAt, Plan plan) {
    }

    /** The last plans decided, a few periods' worth (a report's trend reads four or more). */
    private final Map<List<Object>, Decided> plans = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Decided> eldest) {
            return size() > 12;
        }
    };

    private final Aggregates aggregates;
    private final Hierarchy hierarchy;
    private final Catalog catalog;
    private final Disclosure rule;

    PeriodSuppression(Aggregates aggregates, Hierarchy hierarchy, Catalog catalog, Disclosure rule) {
        this.aggregates = aggregates;
        this.hierarchy = hierarchy;
        this.catalog = catalog;
        this.rule = rule;
    }

    /**
     * The period's plan, worked out again only when the period has been rolled up since: a national plan takes
     * seconds, and every report of the period (and the trend of every later one) asks for it.
     */
    Plan plan(String versionId, Period period) {
        Optional<LocalDateTime> rolledUp = aggregates.rolledUpAt(versionId, period.code());
        List<Object> key = List.of(versionId, period.code());
        synchronized (plans) {
            Decided decided = plans.get(key);
            if (decided != null && rolledUp.isPresent() && decided.rolledUpAt().equals(rolledUp.get())) {
                return decided.plan();
            }
        }
        Plan plan = decide(versionId, period);
        rolledUp.ifPresent(at -> {
            synchronized (plans) {
                plans.put(key, new Decided(at, plan));
            }
        });
        return plan;
    }

    private Plan decide(String versionId, Period period) {
        List<DataElement> sensitive = catalog.dataElements().stream().filter(DataElement::sensitive).toList();
        Set<String> units = new HashSet<>(aggregates.unitsWithSums(versionId, period.code()));
        Map<Cell, Double> printed = new HashMap<>();
        for (Aggregates.Sum sum : aggregates.sums(versionId, period.code(), units,
                sensitive.stream().map(DataElement::code).toList())) {
            boolean nation = hierarchy.unit(versionId, sum.unitCode()).map(u -> u.tier().equals("nation")).orElse(true);
            if (sum.amount() != null && !nation && sum.period().equals(period.code())) {
                printed.put(new Cell(sum.unitCode(), sum.element(), sum.disagg()), sum.amount().doubleValue());
            }
        }
        // Complements are taken low in the tree first: a commune's cell before its district's total.
        Map<String, Integer> depth = new HashMap<>();
        units.forEach(u -> depth.put(u, hierarchy.unit(versionId, u).map(x -> hierarchy.ancestors(x).size()).orElse(0)));
        return new Plan(rule, SmallCells.suppress(printed, c -> rule.small(printed.get(c)),
                relations(versionId, units, sensitive), Comparator.comparing((Cell c) -> -depth.getOrDefault(c.unit(), 0))));
    }

    private List<Relation<Cell>> relations(String versionId, Set<String> units, List<DataElement> sensitive) {
        List<Relation<Cell>> relations = new ArrayList<>();
        for (String code : units) {
            AdminUnit unit = hierarchy.unit(versionId, code).orElse(null);
            if (unit == null || unit.tier().equals("nation")) {
                // No report prints the nation's figures (the export upward is not a publication), so its sums tie
                // nothing a reader has together; taken as known, they linked every province into one system.
                continue;
            }
            List<String> children = hierarchy.children(unit).stream().map(AdminUnit::code).filter(units::contains)
                    .toList();
            for (DataElement e : sensitive) {
                if (e.disaggregation() != Disaggregation.NONE) {
                    relations.add(PublishedFigures.sexRelation(code, e.code(), ""));
                }
                if (e.disaggregation() == Disaggregation.SEX_AGE) {
                    relations.add(PublishedFigures.sexRelation(code, e.code(), "CHILD_"));
                }
                if (!children.isEmpty()) {
                    for (String key : e.disaggregation().keys()) {
                        relations.add(new Relation<>(new Cell(code, e.code(), key),
                                children.stream().map(c -> new Cell(c, e.code(), key)).toList()));
                    }
                }
            }
        }
        return relations;
    }
}
