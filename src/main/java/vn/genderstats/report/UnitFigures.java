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
        List<SourceFile> sources) {

    /** An indicator with the sums it was computed from; restatement says how a pre-reform figure was carried over. */
    record IndicatorFigure(BigDecimal numerator, BigDecimal denominator, Double value, String restatement) {

        boolean restated() {
            return !"native".equals(restatement);
        }
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

    /** A report a unit below owed for the period (table report_due). */
    record Due(String code, String name, LocalDate dueDate, LocalDateTime receivedAt, String status) {
    }

    /** A warning on an accepted file or a reason a file was rejected. */
    record FileNote(String fileName, String where, String messageVi, String messageEn) {
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
