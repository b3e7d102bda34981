package vn.genderstats.report;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.report.UnitFigures.Child;
import vn.genderstats.report.UnitFigures.PeriodFigures;
import vn.genderstats.system.Sha256;

/**
 * What each written report was made from (table report_fingerprint), so that the nightly job rewrites only
 * the reports whose figures changed. The fingerprint covers everything a report shows except the date and
 * the job execution it was made by.
 */
@Component
class ReportFingerprints {

    /** Raise when the report's content changes, so every report is written again once. */
    static final int LAYOUT = 2;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportFingerprints(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String of(UnitFigures f, PublishedFigures published, VerdictRules verdicts) {
        StringBuilder text = new StringBuilder("layout ").append(LAYOUT).append(" threshold ")
                .append(published.rule().threshold()).append(" hidden ")
                .append(new java.util.TreeSet<>(published.hiddenCells().stream().map(Object::toString).toList()))
                .append(" earlier ").append(new TreeMap<>(published.earlierHidden()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + new java.util.TreeSet<>(e.getValue().stream().map(Object::toString)
                                .toList())).toList())
                .append(" verdicts ").append(verdicts.defaults()).append(new TreeMap<>(verdicts.targets()))
                .append('\n').append(f.unit()).append(' ').append(f.period()).append(' ').append(f.unitsReporting())
                .append(' ').append(f.unitsExpected()).append('\n');
        f.series().forEach((period, slice) -> text.append(period).append(' ').append(canonical(slice)).append('\n'));
        f.children().stream().sorted(Comparator.comparing((Child c) -> c.unit().code()))
                .forEach(c -> text.append(c.unit().code()).append(' ').append(canonical(c.figures())).append('\n'));
        text.append(f.dues()).append('\n').append(f.warnings()).append('\n').append(f.rejected()).append('\n')
                .append(f.refusedFigures()).append('\n').append(f.sources()).append('\n');
        new TreeMap<>(f.coverage().byIndicator()).forEach((period, units) ->
                text.append(period).append(' ').append(new TreeMap<>(units)).append('\n'));
        return Sha256.of(text.toString());
    }

    private static String canonical(PeriodFigures slice) {
        Map<String, String> sorted = new TreeMap<>();
        slice.elements().forEach((k, v) -> sorted.put(k, v.stripTrailingZeros().toPlainString()));
        slice.indicators().forEach((k, v) -> sorted.put(k, v.numerator().stripTrailingZeros().toPlainString() + "/"
                + v.denominator().stripTrailingZeros().toPlainString() + " " + v.restatement()));
        return sorted.toString();
    }

    Optional<String> last(UnitFigures f, String variant) {
        List<String> found = jdbc.queryForList("""
                select fingerprint from report_fingerprint
                where version_id = ? and unit_code = ? and period = ? and variant = ?""", String.class,
                f.unit().versionId(), f.unit().code(), f.period().code(), variant);
        return found.stream().findFirst();
    }

    @Transactional
    void remember(AdminUnit unit, Period period, String variant, String fingerprint, Path file, Long jobExecutionId) {
        jdbc.update("delete from report_fingerprint where version_id = ? and unit_code = ? and period = ? and variant = ?",
                unit.versionId(), unit.code(), period.code(), variant);
        jdbc.update("""
                insert into report_fingerprint (version_id, unit_code, period, variant, fingerprint, file_path,
                    job_execution_id, written_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                unit.versionId(), unit.code(), period.code(), variant, fingerprint, file.toString(), jobExecutionId,
                Timestamp.valueOf(LocalDateTime.now(clock)));
    }
}
