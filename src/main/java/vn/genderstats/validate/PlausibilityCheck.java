package vn.genderstats.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.period.Period;
import vn.genderstats.system.PlannerStatistics;

/**
 * The checks that need other submissions, run after ingest on the submissions not judged yet:
 * the jump from the previous year (only on a large enough base), the distance from sibling units (robust
 * z-score over the units of the same parent) and, for a district or province, its own figure against the
 * sum over the units directly below it, once all of them have reported. The first two judge totals only (the sex split has its own checks), so one
 * odd figure is one warning. All are warnings, stored as findings of the submission; re-running replaces them.
 */
@Component
public class PlausibilityCheck {

    static final String YEAR_OVER_YEAR = "plausibility.year-over-year";
    static final String SIBLINGS = "plausibility.siblings";
    static final String ACROSS_LEVELS = "levels.children-sum";

    private static final Logger log = LoggerFactory.getLogger(PlausibilityCheck.class);

    /**
     * The current submissions not judged yet: those stored by an execution whose plausibility step has not
     * completed. That is this execution, and any run cut off before its checks: `ingest` run again after a crash is
     * a new job instance, and the files the killed run stored would otherwise never be judged.
     */
    private static final String NOT_YET_JUDGED = """
            from current_submission s
            join received_file f on f.file_id = s.file_id and f.job_execution_id in (
                select e.job_execution_id from batch_job_execution e
                where not exists (select 1 from batch_step_execution st
                                  where st.job_execution_id = e.job_execution_id and st.step_name = '%s'
                                    and st.status = 'COMPLETED'))""".formatted(PlausibilityStepConfiguration.STEP);

    private static final String NOT_YET_JUDGED_SUBMISSIONS = """
            select s.submission_id, s.file_id, s.version_id, s.unit_code, s.period, u.parent_code, u.kind
            %s
            join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
            order by s.submission_id""".formatted(NOT_YET_JUDGED);

    /**
     * The units whose sum over the units below may have changed: every unit above (and each of) those that sent,
     * if it has units below it.
     */
    private static final String LEVELS_ABOVE_STORED = """
            select distinct a.version_id, a.ancestor_code, s.period
            %s
            join unit_ancestor a on a.version_id = s.version_id and a.unit_code = s.unit_code
            where exists (select 1 from admin_unit c
                          where c.version_id = a.version_id and c.parent_code = a.ancestor_code and c.kind = 'territory')
            order by a.version_id, s.period, a.ancestor_code""".formatted(NOT_YET_JUDGED);

    private static final String CURRENT_OF_UNIT = """
            select s.submission_id, s.file_id, s.version_id, s.unit_code, s.period, u.parent_code, u.kind
            from current_submission s
            join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
            where s.version_id = ? and s.unit_code = ? and s.period = ?""";

    /**
     * The totals stored by this run for one period beside the same unit's current figure a year before, on the
     * same hierarchy version only: across 1 July 2025 the same code may be another unit.
     */
    private static final String WITH_PREVIOUS_YEAR = """
            select s.submission_id, o.data_element, o.disagg, o.amount, o.sheet_name, o.cell_ref, p.amount as before_amount
            %s
            join observation o on o.submission_id = s.submission_id
            join current_submission ps on ps.version_id = s.version_id and ps.unit_code = s.unit_code and ps.period = ?
            join observation p on p.submission_id = ps.submission_id
                              and p.data_element = o.data_element and p.disagg = o.disagg
            where s.period = ? and o.amount is not null and p.amount is not null
              and o.disagg in ('T', 'CHILD_T')
            order by s.submission_id""".formatted(NOT_YET_JUDGED);

    private static final String SIBLING_VALUES = """
            select s.submission_id, o.data_element, o.disagg, o.amount, o.sheet_name, o.cell_ref
            from current_submission s
            join admin_unit u on u.version_id = s.version_id and u.code = s.unit_code
            join observation o on o.submission_id = s.submission_id
            where s.version_id = ? and s.period = ? and u.parent_code = ? and u.kind = ? and o.amount is not null
              and o.disagg in ('T', 'CHILD_T')""";

    private static final String OWN_VALUES = """
            select data_element, disagg, amount, sheet_name, cell_ref from observation
            where submission_id = ? and amount is not null""";

    /** What the units directly below reported (the unit's own figure left out). */
    private static final String SUM_OF_CHILDREN = """
            select o.data_element, o.disagg, sum(o.amount) as total, count(distinct s.unit_code) as units
            from admin_unit u
            join current_submission s on s.version_id = u.version_id and s.unit_code = u.code
            join observation o on o.submission_id = s.submission_id
            where u.version_id = ? and u.parent_code = ? and u.kind = 'territory' and s.period = ? and o.amount is not null
            group by o.data_element, o.disagg""";

    private static final String CHILDREN = """
            select count(*) from admin_unit where version_id = ? and parent_code = ? and kind = 'territory'""";

    private static final String FLAG_FILE =
            "update received_file set outcome = 'accepted_with_warnings' where file_id = ? and outcome = 'accepted'";

    private static final String DELETE_OLD = "delete from finding where submission_id = ? and rule_code = ?";

    private static final String INSERT = """
            insert into finding (file_id, severity, rule_code, sheet_name, cell_ref, message_vi, message_en,
                                 submission_id, data_element, disagg)
            values (?, 'warning', ?, ?, ?, ?, ?, ?, ?, ?)""";

    record Submission(long id, long fileId, String versionId, String unitCode, String period, String parentCode,
            String kind) {
    }

    /** A unit whose own figure is compared with the sum over the units below it, for one period. */
    record Level(String versionId, String unitCode, String period) {
    }

    record Observation(long submissionId, String element, String disagg, BigDecimal amount, String sheet, String cell) {
    }

    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final PlausibilitySettings settings;
    private final PlannerStatistics statistics;

    PlausibilityCheck(JdbcTemplate jdbc, Catalog catalog, ValidationRules rules, PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.settings = rules.plausibility();
        this.statistics = statistics;
    }

    /**
     * Judges the submissions stored by this job execution and by any earlier execution cut off before its checks;
     * returns the number of warnings stored (judging again replaces a submission's earlier warnings).
     */
    public int run() {
        List<Submission> stored = jdbc.query(NOT_YET_JUDGED_SUBMISSIONS, (rs, i) -> submission(rs));
        if (stored.isEmpty()) {
            log.info("Plausibility: 0 submissions judged, 0 warnings");
            return 0;
        }
        statistics.refresh("received_file", "submission", "observation", "finding");
        // Judging again replaces the earlier warnings; deleted in batches, as a national run stores 11,000 submissions.
        jdbc.batchUpdate(DELETE_OLD, stored.stream().flatMap(s -> Stream.of(new Object[] {s.id(), YEAR_OVER_YEAR},
                new Object[] {s.id(), SIBLINGS})).toList());
        int warnings = 0;
        Map<Long, Submission> byId = new LinkedHashMap<>();
        stored.forEach(s -> byId.put(s.id(), s));
        for (String period : stored.stream().map(Submission::period).distinct().toList()) {
            warnings += yearOverYear(Period.parse(period), byId);
        }
        // One comparison per group of siblings: same parent, kind, version and period.
        Map<String, Submission> oneOfEachGroup = new LinkedHashMap<>();
        for (Submission s : stored) {
            if (s.parentCode() != null) {
                oneOfEachGroup.putIfAbsent(String.join("|", s.versionId(), s.period(), s.parentCode(), s.kind()), s);
            }
        }
        for (Submission member : oneOfEachGroup.values()) {
            warnings += siblings(member, byId);
        }
        List<Level> levels = jdbc.query(LEVELS_ABOVE_STORED,
                (rs, i) -> new Level(rs.getString(1), rs.getString(2), rs.getString(3)));
        for (Level level : levels) {
            for (Submission parent : jdbc.query(CURRENT_OF_UNIT, (rs, i) -> submission(rs), level.versionId(),
                    level.unitCode(), level.period())) {
                warnings += acrossLevels(parent);
            }
        }
        log.info("Plausibility: {} submissions judged, {} warnings", stored.size(), warnings);
        return warnings;
    }

    // -- previous year ---------------------------------------------------------------------------------------

    private int yearOverYear(Period period, Map<Long, Submission> stored) {
        Period previous = new Period(period.year() - 1, period.kind());
        int n = 0;
        for (Map<String, Object> row : jdbc.queryForList(WITH_PREVIOUS_YEAR, previous.code(), period.code())) {
            String element = (String) row.get("data_element");
            if (isYesNo(element)) {
                continue;
            }
            double now = ((BigDecimal) row.get("amount")).doubleValue();
            double before = ((BigDecimal) row.get("before_amount")).doubleValue();
            double limit = 1 + settings.maxChange();
            if (before < settings.minBase() || (now <= before * limit && now >= before / limit)) {
                continue;
            }
            String code = FormFigures.name(element, (String) row.get("disagg"));
            String change = String.format(Locale.ROOT, "%+.0f%%", (now - before) / before * 100);
            insert(stored.get(((Number) row.get("submission_id")).longValue()), YEAR_OVER_YEAR,
                    (String) row.get("sheet_name"), (String) row.get("cell_ref"), element, (String) row.get("disagg"),
                    code + " = " + plain(now) + " so với " + plain(before) + " của " + previous.label("vi") + " ("
                            + change.replace('.', ',') + "): thay đổi bất thường, đề nghị kiểm tra (quy tắc " + YEAR_OVER_YEAR + ").",
                    code + " = " + plain(now) + " against " + plain(before) + " in " + previous.label("en") + " ("
                            + change + "): an unusual change, please check (rule " + YEAR_OVER_YEAR + ").");
            n++;
        }
        return n;
    }

    // -- siblings --------------------------------------------------------------------------------------------

    /** The siblings of {@code first} (and {@code first}); only those being judged are flagged. */
    private int siblings(Submission first, Map<Long, Submission> judged) {
        Map<String, List<Observation>> byFigure = new LinkedHashMap<>();
        jdbc.query(SIBLING_VALUES, rs -> {
            Observation o = new Observation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                    rs.getString(5), rs.getString(6));
            byFigure.computeIfAbsent(FormFigures.key(o.element(), o.disagg()), k -> new ArrayList<>()).add(o);
        }, first.versionId(), first.period(), first.parentCode(), first.kind());
        int n = 0;
        for (List<Observation> figure : byFigure.values()) {
            if (figure.size() < settings.minSiblings() || isYesNo(figure.getFirst().element())) {
                continue;
            }
            double[] raw = figure.stream().mapToDouble(o -> o.amount().doubleValue()).toArray();
            double median = RobustZ.of(raw).median();
            // Counts grow with a unit's size: compared on a log scale, a town twice a commune's size is not an outlier.
            RobustZ robust = RobustZ.of(java.util.Arrays.stream(raw).map(Math::log1p).toArray());
            for (Observation o : figure) {
                if (!judged.containsKey(o.submissionId())) {
                    continue;
                }
                double x = o.amount().doubleValue();
                var z = robust.score(Math.log1p(x));
                // Far means unusual among the siblings and also materially different: beyond the year-over-year
                // ratio and the minimum difference, so tightly clustered siblings do not flag ordinary figures.
                double limit = 1 + settings.maxChange();
                if (z.isEmpty() || Math.abs(z.getAsDouble()) <= settings.maxRobustZ()
                        || Math.abs(x - median) < settings.minDifference()
                        || (x <= median * limit && x >= median / limit)) {
                    continue;
                }
                String code = FormFigures.name(o.element(), o.disagg());
                String zText = String.format(Locale.ROOT, "%.1f", z.getAsDouble());
                insert(judged.get(o.submissionId()), SIBLINGS, o.sheet(), o.cell(), o.element(), o.disagg(),
                        code + " = " + plain(x) + " khác xa các đơn vị cùng cấp trên (" + figure.size()
                                + " đơn vị, trung vị " + plain(median) + ", z vững theo thang log = " + zText.replace('.', ',')
                                + "): đề nghị kiểm tra (quy tắc " + SIBLINGS + ").",
                        code + " = " + plain(x) + " is far from the units under the same parent (" + figure.size()
                                + " units, median " + plain(median) + ", robust z on a log scale = " + zText
                                + "): please check (rule " + SIBLINGS + ").");
                n++;
            }
        }
        return n;
    }

    // -- across levels ---------------------------------------------------------------------------------------

    private int acrossLevels(Submission parent) {
        jdbc.update(DELETE_OLD, parent.id(), ACROSS_LEVELS);
        if (settings.acrossLevels().isEmpty()) {
            return 0;
        }
        Integer children = jdbc.queryForObject(CHILDREN, Integer.class, parent.versionId(), parent.unitCode());
        Map<String, Object[]> below = new LinkedHashMap<>();
        jdbc.query(SUM_OF_CHILDREN, rs -> {
            below.put(FormFigures.key(rs.getString(1), rs.getString(2)), new Object[] {rs.getBigDecimal(3), rs.getInt(4)});
        }, parent.versionId(), parent.unitCode(), parent.period());
        int n = 0;
        for (Observation own : jdbc.query(OWN_VALUES, (rs, i) -> new Observation(parent.id(), rs.getString(1),
                rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5)), parent.id())) {
            Object[] sum = below.get(FormFigures.key(own.element(), own.disagg()));
            // Judged only once every unit below has given the figure: a partial sum always differs.
            if (!settings.acrossLevels().contains(own.element()) || sum == null || (int) sum[1] < children
                    || ((BigDecimal) sum[0]).compareTo(own.amount()) == 0) {
                continue;
            }
            BigDecimal childrenSum = (BigDecimal) sum[0];
            String code = FormFigures.name(own.element(), own.disagg());
            String diff = plain(own.amount().subtract(childrenSum).doubleValue());
            insert(parent, ACROSS_LEVELS, own.sheet(), own.cell(), own.element(), own.disagg(),
                    code + " của đơn vị = " + plain(own.amount().doubleValue()) + ", tổng của " + sum[1]
                            + " đơn vị trực thuộc = " + plain(childrenSum.doubleValue()) + " (chênh lệch " + diff
                            + "): số tổng của đơn vị không khớp với tổng của các đơn vị cấp dưới, đề nghị kiểm tra (quy tắc "
                            + ACROSS_LEVELS + ").",
                    code + " of the unit = " + plain(own.amount().doubleValue()) + ", sum over the " + sum[1]
                            + " units directly below = " + plain(childrenSum.doubleValue()) + " (difference " + diff
                            + "): the unit's own total does not match the units below it, please check (rule "
                            + ACROSS_LEVELS + ").");
            n++;
        }
        return n;
    }

    // ----------------------------------------------------------------------------------------------------------

    private boolean isYesNo(String element) {
        return catalog.element(element).map(e -> e.valueType() == ValueType.YESNO).orElse(true);
    }

    private void insert(Submission s, String rule, String sheet, String cell, String element, String disagg, String vi,
            String en) {
        jdbc.update(INSERT, s.fileId(), rule, sheet, cell, vi, en, s.id(), element, disagg);
        jdbc.update(FLAG_FILE, s.fileId());
    }

    private static Submission submission(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Submission(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
