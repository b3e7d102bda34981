package vn.genderstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.SuccessionLink;
import vn.genderstats.ingest.StoredSubmissions;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.Due;
import vn.genderstats.report.UnitFigures.FileNote;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.report.UnitFigures.RefusedFigure;
import vn.genderstats.report.UnitFigures.SourceFile;
import vn.genderstats.report.UnitFigures.UnplacedPart;

/** A unit's figures from the aggregates, and what came in (files, warnings, rejections) from ingest. */
@Component
class ReportData {

    /** The Strategy's first year: trends start here. */
    static final int FIRST_YEAR = 2021;

    private final StoredSubmissions submissions;
    private final Aggregates aggregates;
    private final Hierarchy hierarchy;
    private final List<String> sensitive;

    ReportData(StoredSubmissions submissions, Aggregates aggregates, Hierarchy hierarchy, Catalog catalog) {
        this.submissions = submissions;
        this.aggregates = aggregates;
        this.hierarchy = hierarchy;
        this.sensitive = catalog.dataElements().stream().filter(DataElement::sensitive).map(DataElement::code).toList();
    }

    /** Units with aggregates for the period, nation excluded, in code order. */
    List<AdminUnit> unitsWithData(String versionId, Period period) {
        return aggregates.unitsWithSums(versionId, period.code()).stream()
                .flatMap(code -> hierarchy.unit(versionId, code).stream())
                .filter(u -> !u.tier().equals("nation")).toList();
    }

    /** The periods of a trend ending at {@code period}: every year from 2021 before it, then the period itself. */
    static List<Period> trendPeriods(Period period) {
        List<Period> periods = new ArrayList<>();
        for (int year = FIRST_YEAR; year < period.year(); year++) {
            periods.add(Period.annual(year));
        }
        periods.add(period);
        return periods;
    }

    UnitFigures figures(AdminUnit unit, Period period) {
        String v = unit.versionId();
        List<Period> periods = trendPeriods(period);
        List<String> codes = periods.stream().map(Period::code).toList();
        Map<Period, Map<String, BigDecimal>> elements = new TreeMap<>();
        Map<Period, Map<String, IndicatorFigure>> indicators = new TreeMap<>();
        periods.forEach(p -> {
            elements.put(p, new LinkedHashMap<>());
            indicators.put(p, new LinkedHashMap<>());
        });
        int[] reporting = {0};
        Integer[] expected = {null};
        List<Aggregates.Sum> sums = aggregates.sumsOfUnit(v, unit.code(), codes);
        for (Aggregates.Sum sum : sums) {
            Period p = Period.parse(sum.period());
            elements.get(p).put(sum.element() + "." + sum.disagg(), sum.amount());
            if (p.equals(period)) {
                reporting[0] = Math.max(reporting[0], sum.unitsReporting());
                if (sum.unitsExpected() != null) {
                    expected[0] = expected[0] == null ? sum.unitsExpected() : Math.max(expected[0], sum.unitsExpected());
                }
            }
        }
        List<Aggregates.IndicatorValue> values = aggregates.indicatorsOfUnit(v, unit.code(), codes);
        for (Aggregates.IndicatorValue i : values) {
            indicators.get(Period.parse(i.period())).put(i.indicator(), indicator(i));
        }
        Map<Period, PeriodFigures> series = new TreeMap<>();
        for (Period p : periods) {
            if (!elements.get(p).isEmpty() || !indicators.get(p).isEmpty()) {
                series.put(p, new PeriodFigures(elements.get(p), indicators.get(p)));
            }
        }
        List<String> subtree = hierarchy.subtree(unit).stream().map(AdminUnit::code).toList();
        return new UnitFigures(unit, hierarchy.ancestors(unit), period, reporting[0], expected[0], series,
                children(unit, period), dues(unit, period), warnings(unit, subtree, period),
                rejected(subtree, period), refusedFigures(unit, subtree, period), sources(unit, subtree, period),
                FigureCoverage.of(values), restatedFrom(unit), unplaced(unit, codes));
    }

    /** The split old units whose figures could not be placed in the unit (restated periods only have any). */
    private List<UnplacedPart> unplaced(AdminUnit unit, List<String> periods) {
        return aggregates.unplacedSplits(unit.versionId(), unit.code(), periods).stream()
                .map(u -> new UnplacedPart(Period.parse(u.period()),
                        hierarchy.unit(u.fromVersion(), u.fromCode()).orElseThrow(),
                        hierarchy.unit(unit.versionId(), u.toCode()).orElseThrow()))
                .toList();
    }

    private static IndicatorFigure indicator(Aggregates.IndicatorValue i) {
        return new IndicatorFigure(i.numerator(), i.denominator(), i.value(), i.restatement());
    }

    private List<Child> children(AdminUnit unit, Period period) {
        Map<String, Map<String, BigDecimal>> elements = new HashMap<>();
        Map<String, Map<String, IndicatorFigure>> indicators = new HashMap<>();
        List<String> childCodes = hierarchy.children(unit).stream().map(AdminUnit::code).toList();
        if (childCodes.isEmpty()) {
            return List.of();
        }
        for (Aggregates.Sum sum : aggregates.sums(unit.versionId(), period.code(), childCodes, sensitive)) {
            elements.computeIfAbsent(sum.unitCode(), c -> new LinkedHashMap<>())
                    .put(sum.element() + "." + sum.disagg(), sum.amount());
        }
        for (Aggregates.IndicatorValue i : aggregates.indicators(unit.versionId(), period.code(), childCodes)) {
            indicators.computeIfAbsent(i.unitCode(), c -> new LinkedHashMap<>()).put(i.indicator(), indicator(i));
        }
        Set<String> withFigures = new HashSet<>(indicators.keySet());
        withFigures.addAll(elements.keySet());
        return withFigures.stream().sorted().map(code -> new Child(hierarchy.unit(unit.versionId(), code).orElseThrow(),
                new PeriodFigures(elements.getOrDefault(code, Map.of()), indicators.getOrDefault(code, Map.of())))).toList();
    }

    private List<Due> dues(AdminUnit unit, Period period) {
        return aggregates.reportsOwedBelow(unit.versionId(), period.code(), unit.code()).stream()
                .flatMap(d -> hierarchy.unit(unit.versionId(), d.unitCode()).stream()
                        .map(u -> new Due(d.unitCode(), u.name(), d.dueDate(), d.receivedAt(), d.status(),
                                groupOf(u, unit).name())))
                .toList();
    }

    /**
     * The older units a restated (†) figure of the unit comes from, "Xã Tri Phương (01453, 2025-03-01)", a split one
     * marked with its share; empty when the unit is no successor of older ones.
     */
    private List<String> restatedFrom(AdminUnit unit) {
        // A code serving several older lists is named as the latest of them has it.
        Map<String, SuccessionLink> latest = new TreeMap<>();
        for (SuccessionLink link : hierarchy.restatement().links()) {
            if (link.toVersion().equals(unit.versionId()) && link.toCode().equals(unit.code())) {
                latest.merge(link.fromCode(), link, (a, b) -> a.fromVersion().compareTo(b.fromVersion()) >= 0 ? a : b);
            }
        }
        // A province restated from its old self, not from every old district and department that also points to it.
        List<SuccessionLink> sameTier = latest.values().stream().filter(link -> hierarchy
                .unit(link.fromVersion(), link.fromCode())
                .filter(u -> u.tier().equals(unit.tier()) && u.kind().equals(unit.kind())).isPresent()).toList();
        return (sameTier.isEmpty() ? List.copyOf(latest.values()) : sameTier).stream()
                .map(link -> hierarchy.unit(link.fromVersion(), link.fromCode()).map(AdminUnit::name)
                        .orElse(link.fromCode()) + " (" + link.fromCode() + ", " + link.fromVersion()
                        + (!link.partial() ? "" : link.weight() == null ? ", ?"
                                : ", " + link.weight().movePointRight(2).stripTrailingZeros().toPlainString() + "%") + ")")
                .toList();
    }

    /**
     * The unit directly below {@code top} that holds {@code unit} (a commune's district in a province's report);
     * {@code top} itself for its own report and for a unit directly below it with none below (a commune of a
     * district, a department).
     */
    private AdminUnit groupOf(AdminUnit unit, AdminUnit top) {
        AdminUnit below = unit;
        for (AdminUnit ancestor : hierarchy.ancestors(unit)) {
            if (ancestor.code().equals(top.code())) {
                return below == unit && hierarchy.children(unit).isEmpty() ? top : below;
            }
            below = ancestor;
        }
        return top;
    }

    private List<FileNote> warnings(AdminUnit unit, List<String> subtree, Period period) {
        return submissions.warnings(unit.versionId(), period.code(), subtree).stream()
                .map(w -> note(w.unitCode(), w.finding(), true)).toList();
    }

    /**
     * The refused files sent from the folders of the subtree's units for the period: the period the form names,
     * or when it could not be read the one its file name names (bdg-2024S1.xlsx); with neither, in every period.
     */
    private List<FileNote> rejected(List<String> subtree, Period period) {
        List<FileNote> notes = new ArrayList<>();
        for (StoredSubmissions.RefusedFile file : submissions.refusedFiles(subtree)) {
            Optional<String> named = file.period() != null ? Optional.of(file.period()) : periodInName(file.fileName());
            if (named.isPresent() && !named.get().equals(period.code())) {
                continue;
            }
            notes.add(file.error() == null
                    ? new FileNote(file.senderCode(), file.fileName(), "", "", "", named.isPresent())
                    : note(file.senderCode(), file.error(), named.isPresent()));
        }
        return notes;
    }

    private static final Pattern PERIOD_IN_NAME = Pattern.compile("(?<![0-9])(20[0-9]{2})(s1)?(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    static Optional<String> periodInName(String fileName) {
        Matcher m = PERIOD_IN_NAME.matcher(fileName);
        return m.find() ? Optional.of(m.group(1) + (m.group(2) == null ? "" : "S1")) : Optional.empty();
    }

    private List<RefusedFigure> refusedFigures(AdminUnit unit, List<String> subtree, Period period) {
        return submissions.refusedFigures(unit.versionId(), period.code(), subtree).stream()
                .map(r -> new RefusedFigure(r.unitCode(), r.finding().fileName(), r.element(), r.disagg(),
                        r.amount(), where(r.finding()), r.finding().messageVi(), r.finding().messageEn()))
                .toList();
    }

    private static String where(StoredSubmissions.FileFinding f) {
        return f.sheet() == null ? "" : f.cell() == null ? f.sheet() : f.sheet() + "!" + f.cell();
    }

    private static FileNote note(String unitCode, StoredSubmissions.FileFinding f, boolean periodKnown) {
        return new FileNote(unitCode, f.fileName(), where(f), f.messageVi(), f.messageEn(), periodKnown);
    }

    private List<SourceFile> sources(AdminUnit unit, List<String> subtree, Period period) {
        return submissions.sources(unit.versionId(), period.code(), subtree).stream()
                .map(f -> new SourceFile(f.unitCode(), f.fileName(), f.sha256(), f.receivedAt(), f.uploadedBy())).toList();
    }
}
