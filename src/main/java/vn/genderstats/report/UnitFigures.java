package vn.genderstats.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;

/**
 * What a unit's report shows, read from the aggregates (never from raw sheets): the period's sums and
 * indicators, the same since 2021 for the trends, the children's for rankings, and the completeness,
 * quality and provenance of what came in.
 */
record UnitFigures(
        AdminUnit unit,
        List<AdminUnit> ancestors,
        Period period,
        int unitsReporting,
        Integer unitsExpected,
        Map<Period, PeriodFigures> series,
        List<Child> children,
        List<Due> dues,
        List<FileNote> warnings,
        List<FileNote> rejected,
        List<RefusedFigure> refusedFigures,
        List<SourceFile> sources,
        FigureCoverage coverage,
        List<String> restatedFrom,
        List<UnplacedPart> unplaced) {

    /** An indicator with the sums it was computed from; restatement says how a pre-reform figure was carried over. */
    record IndicatorFigure(BigDecimal numerator, BigDecimal denominator, Double value, String restatement) {

        boolean restated() {
            return !"native".equals(restatement);
        }

        /** A restated total that cannot be built: a split unit below it has no weights. */
        boolean unbuilt() {
            return "broken".equals(restatement);
        }
    }

    /** Part of a split old unit, lying in this unit, whose figures of the period could not be placed (no weight). */
    record UnplacedPart(Period period, AdminUnit old, AdminUnit part) {
    }

    /** One period's figures of one unit: data element sums by "CODE.DISAGG", and indicators. */
    record PeriodFigures(Map<String, BigDecimal> elements, Map<String, IndicatorFigure> indicators) {

        BigDecimal element(String code, String disagg) {
            return elements.get(code + "." + disagg);
        }

        Optional<IndicatorFigure> indicator(String code) {
            return Optional.ofNullable(indicators.get(code));
        }
    }

    /** A child unit with its figures of the period (sensitive data elements and indicators). */
    record Child(AdminUnit unit, PeriodFigures figures) {
    }

    /**
     * A report a unit below owed for the period (table report_due); {@code group}: the unit directly below the
     * report's unit that it belongs to (a district of a province), by which missing reports are listed.
     */
    record Due(String code, String name, LocalDate dueDate, LocalDateTime receivedAt, String status, String group) {
    }

    /**
     * A warning on an accepted file or a reason a file was rejected, with the unit that sent it; {@code period}
     * false when a rejected file's period could not be read.
     */
    record FileNote(String unitCode, String fileName, String where, String messageVi, String messageEn,
            boolean periodKnown) {
    }

    /**
     * A figure refused in a file that counts: the data element and breakdown left out, the value written (null:
     * blank or too large to store), where and why.
     */
    record RefusedFigure(String unitCode, String fileName, String element, String disagg, BigDecimal amount,
            String where, String messageVi, String messageEn) {
    }

    /** An input file behind the figures. */
    record SourceFile(String unitCode, String fileName, String sha256, LocalDateTime receivedAt, String uploadedBy) {
    }

    PeriodFigures current() {
        return series.getOrDefault(period, new PeriodFigures(Map.of(), Map.of()));
    }

    boolean hasData() {
        return !current().elements().isEmpty();
    }

    /** When the last file behind the figures arrived. */
    Optional<LocalDateTime> cutOff() {
        return sources.stream().map(SourceFile::receivedAt).max(LocalDateTime::compareTo);
    }
}
