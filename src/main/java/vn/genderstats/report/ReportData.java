package vn.genderstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import vn.genderstats.ingest.StoredSubmissions;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.Due;
import vn.genderstats.report.UnitFigures.FileNote;
import vn.genderstats.report.UnitFigures.IndicatorFigure;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.report.UnitFigures.SourceFile;

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
        for (Aggregates.Sum sum : aggregates.sumsOfUnit(v, unit.code(), codes)) {
            Period p = Period.parse(sum.period());
            elements.get(p).put(sum.element() + "." + sum.disagg(), sum.amount());
            if (p.equals(period)) {
                reporting[0] = Math.max(reporting[0], sum.unitsReporting());
                if (sum.unitsExpected() != null) {
                    expected[0] = expected[0] == null ? sum.unitsExpected() : Math.max(expected[0], sum.unitsExpected());
                }
            }
        }
        for (Aggregates.IndicatorValue i : aggregates.indicatorsOfUnit(v, unit.code(), codes)) {
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
                children(unit, period), dues(unit, subtree, period), warnings(unit, subtree, period),
                rejected(new HashSet<>(subtree)), sources(unit, subtree, period));
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

    private List<Due> dues(AdminUnit unit, List<String> subtree, Period period) {
        return aggregates.reportsOwed(unit.versionId(), period.code(), subtree).stream()
                .flatMap(d -> hierarchy.unit(unit.versionId(), d.unitCode()).stream()
                        .map(u -> new Due(d.unitCode(), u.name(), d.dueDate(), d.receivedAt(), d.status())))
                .toList();
    }

    private List<FileNote> warnings(AdminUnit unit, List<String> subtree, Period period) {
        return submissions.warnings(unit.versionId(), period.code(), subtree).stream().map(ReportData::note).toList();
    }

    /**
     * Rejected files whose inbox folder starts with the code of a unit of the subtree: a rejected file may
     * have no readable unit or period, so its folder (one per sending unit) is what ties it to a report.
     */
    private List<FileNote> rejected(Set<String> subtree) {
        List<FileNote> notes = new ArrayList<>();
        for (StoredSubmissions.RejectedFile file : submissions.rejectedFiles()) {
            String folder = file.inboxPath().replace('\\', '/').split("/")[0];
            String code = folder.replaceFirst("^(\\d+).*", "$1");
            if (subtree.contains(code)) {
                notes.add(file.error() == null ? new FileNote(file.fileName(), "", "", "") : note(file.error()));
            }
        }
        return notes;
    }

    private static FileNote note(StoredSubmissions.FileFinding f) {
        String where = f.sheet() == null ? "" : f.cell() == null ? f.sheet() : f.sheet() + "!" + f.cell();
        return new FileNote(f.fileName(), where, f.messageVi(), f.messageEn());
    }

    private List<SourceFile> sources(AdminUnit unit, List<String> subtree, Period period) {
        return submissions.sources(unit.versionId(), period.code(), subtree).stream()
                .map(f -> new SourceFile(f.unitCode(), f.fileName(), f.sha256(), f.receivedAt(), f.uploadedBy())).toList();
    }
}
