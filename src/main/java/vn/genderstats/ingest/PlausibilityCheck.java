package vn.genderstats.ingest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.ValueType;
import vn.genderstats.form.FormContent;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.system.CodeBatches;
import vn.genderstats.system.PlannerStatistics;
import vn.genderstats.validate.PlausibilitySettings;
import vn.genderstats.validate.RobustZ;
import vn.genderstats.validate.ValidationRules;

/**
 * The checks that need other submissions, run after ingest on the submissions not judged yet:
 * the jump from the previous year (only on a large enough base), the distance from sibling units (robust
 * z-score over the units of the same parent) and, for a district or province, its own figure against the
 * sum over the units directly below it, once all of them have reported. The first two judge totals only (the sex split has its own checks), so one
 * odd figure is one warning. All are warnings, stored as findings of the submission; re-running replaces them.
 */
@Component
public class PlausibilityCheck {

    public static final String YEAR_OVER_YEAR = "plausibility.year-over-year";
    public static final String SIBLINGS = "plausibility.siblings";
    public static final String ACROSS_LEVELS = "levels.children-sum";

    private static final Logger log = LoggerFactory.getLogger(PlausibilityCheck.class);

    /**
     * The current submissions not judged yet: those stored by this execution, and by any run cut off before its
     * checks (`ingest` run again after a crash is a new job instance, and the files the killed run stored would
     * otherwise never be judged).
     */
    private static final String NOT_YET_JUDGED = "s.plausibility_checked_at is null";

    private static final String NOT_YET_JUDGED_SUBMISSIONS = """
            select s.submission_id, s.file_id, s.version_id, s.unit_code, s.period
            from current_submission s
            where %s
            order by s.submission_id""".formatted(NOT_YET_JUDGED);

    private static final String CURRENT_OF_UNIT = """
            select s.submission_id, s.file_id, s.version_id, s.unit_code, s.period
            from current_submission s
            where s.version_id = ? and s.unit_code = ? and s.period = ?""";

    /** Every submission stored so far has been judged, the held-back and replaced ones too (as before issue 14). */
    private static final String MARK_JUDGED = """
            update submission set plausibility_checked_at = ? where plausibility_checked_at is null""";

    /**
     * The totals stored by this run for one period beside the same unit's current figure a year before, on the
     * same hierarchy version only: across 1 July 2025 the same code may be another unit.
     */
    private static final String WITH_PREVIOUS_YEAR = """
            select s.submission_id, o.data_element, o.disagg, o.amount, o.sheet_name, o.cell_ref, p.amount as before_amount
            from current_submission s
            join observation o on o.submission_id = s.submission_id
            join current_submission ps on ps.version_id = s.version_id and ps.unit_code = s.unit_code and ps.period = ?
            join observation p on p.submission_id = ps.submission_id
                              and p.data_element = o.data_element and p.disagg = o.disagg
            where %s and s.period = ? and o.amount is not null and p.amount is not null
              and o.disagg in ('T', 'CHILD_T')
            order by s.submission_id""".formatted(NOT_YET_JUDGED);

    /** The units' totals; unit codes appended as bind parameters. */
    private static final String TOTALS_OF_UNITS = """
            select s.submission_id, o.data_element, o.disagg, o.amount, o.sheet_name, o.cell_ref, s.unit_code
            from current_submission s
            join observation o on o.submission_id = s.submission_id
            where s.version_id = ? and s.period = ? and o.amount is not null
              and o.disagg in ('T', 'CHILD_T') and s.unit_code in """;

    /** The figures checked across levels of the given submissions; element codes, then submission ids appended. */
    private static final String OWN_VALUES = """
            select submission_id, data_element, disagg, amount, sheet_name, cell_ref from observation
            where amount is not null and data_element in %s and submission_id in %s""";

    /** What the given units reported of the figures checked across levels; element codes, then unit codes appended. */
    private static final String VALUES_OF_UNITS = """
            select s.unit_code, o.data_element, o.disagg, o.amount
            from current_submission s
            join observation o on o.submission_id = s.submission_id
            where s.version_id = ? and s.period = ? and o.amount is not null
              and o.data_element in %s and s.unit_code in %s""";

    private static final String FLAG_FILE =
            "update received_file set outcome = 'accepted_with_warnings' where file_id = ? and outcome = 'accepted'";

    private static final String DELETE_OLD = "delete from finding where submission_id = ? and rule_code = ?";

    /** The earlier warnings of the submissions about to be judged (NOT_YET_JUDGED_SUBMISSIONS) by two rules. */
    private static final String DELETE_OLD_OF_NOT_YET_JUDGED = """
            delete from finding where rule_code in (?, ?) and submission_id in (
                select s.submission_id from current_submission s where %s)""".formatted(NOT_YET_JUDGED);

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
    private final Hierarchy hierarchy;
    private final PlausibilitySettings settings;
    private final PlannerStatistics statistics;
    private final Clock clock;

    PlausibilityCheck(JdbcTemplate jdbc, Catalog catalog, Hierarchy hierarchy, ValidationRules rules,
            PlannerStatistics statistics, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.hierarchy = hierarchy;
        this.settings = rules.plausibility();
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * Judges the submissions stored by this job execution and by any earlier execution cut off before its checks;
     * returns the number of warnings stored (judging again replaces a submission's earlier warnings).
     */
    public int run() {
        long start = System.nanoTime();
        List<Submission> stored = submissions(NOT_YET_JUDGED_SUBMISSIONS);
        if (stored.isEmpty()) {
            markJudged();
            log.info("Plausibility: 0 submissions judged, 0 warnings");
            return 0;
        }
        statistics.refresh("received_file", "submission", "observation", "finding");
        // Judging again replaces the earlier warnings. One statement: a national run's 22,762 deletes, one per
        // submission and rule, took PostgreSQL 100-300 ms in a batch, finding none on a first run.
        jdbc.update(DELETE_OLD_OF_NOT_YET_JUDGED, YEAR_OVER_YEAR, SIBLINGS);
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
        warnings += siblings(oneOfEachGroup.values(), byId);
        List<Submission> parents = new ArrayList<>();
        for (Level level : levelsAbove(stored)) {
            parents.addAll(submissions(CURRENT_OF_UNIT, level.versionId(), level.unitCode(), level.period()));
        }
        warnings += acrossLevels(parents);
        markJudged();   // last: the checks above find what is still to judge by the column's null
        log.info("Plausibility: {} submissions judged, {} warnings, in {} s", stored.size(), warnings,
                String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e9));
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
            String disagg = (String) row.get("disagg");
            String change = String.format(Locale.ROOT, "%+.0f%%", (now - before) / before * 100);
            insert(stored.get(((Number) row.get("submission_id")).longValue()), YEAR_OVER_YEAR,
                    (String) row.get("sheet_name"), (String) row.get("cell_ref"), element, (String) row.get("disagg"),
                    catalog.figureName(element, disagg, "vi") + " = " + number(now, "vi") + " so với "
                            + number(before, "vi") + " của "
                            + previous.label("vi").toLowerCase(Locale.ROOT) + " (" + change
                            + "): thay đổi bất thường, đề nghị kiểm tra (quy tắc " + YEAR_OVER_YEAR + ").",
                    catalog.figureName(element, disagg, "en") + " = " + number(now, "en") + " against "
                            + number(before, "en") + " in "
                            + previous.label("en") + " (" + change + "): an unusual change, please check (rule "
                            + YEAR_OVER_YEAR + ").");
            n++;
        }
        return n;
    }

    // -- siblings --------------------------------------------------------------------------------------------

    /**
     * Each submission's siblings (and itself), one group per given member; only those being judged are flagged. The
     * groups are read a batch at a time, a query per thousand units rather than one per group.
     */
    private int siblings(Collection<Submission> members, Map<Long, Submission> judged) {
        int n = 0;
        for (List<Submission> slice : slices(members)) {
            Submission first = slice.getFirst();
            Map<String, String> groupOfUnit = new HashMap<>();
            for (Submission member : slice) {
                hierarchy.children(hierarchy.unit(member.versionId(), member.parentCode()).orElseThrow()).stream()
                        .filter(u -> u.kind().equals(member.kind()))
                        .forEach(u -> groupOfUnit.put(u.code(), member.parentCode() + "|" + member.kind()));
            }
            Map<String, Map<String, List<Observation>>> groups = new LinkedHashMap<>();
            CodeBatches.forEach(groupOfUnit.keySet(), codes ->
                jdbc.query(TOTALS_OF_UNITS + CodeBatches.placeholders(codes.size()), rs -> {
                    Observation o = new Observation(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), rs.getString(5), rs.getString(6));
                    groups.computeIfAbsent(groupOfUnit.get(rs.getString(7)), g -> new LinkedHashMap<>())
                            .computeIfAbsent(FormContent.key(o.element(), o.disagg()), k -> new ArrayList<>()).add(o);
                }, CodeBatches.args(List.of(first.versionId(), first.period()), codes)));
            for (Map<String, List<Observation>> group : groups.values()) {
                n += siblings(group, judged);
            }
        }
        return n;
    }

    /** One group of siblings, figure by figure. */
    private int siblings(Map<String, List<Observation>> byFigure, Map<Long, Submission> judged) {
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
                String zText = String.format(Locale.ROOT, "%.1f", z.getAsDouble());
                insert(judged.get(o.submissionId()), SIBLINGS, o.sheet(), o.cell(), o.element(), o.disagg(),
                        catalog.figureName(o.element(), o.disagg(), "vi") + " = " + number(x, "vi")
                                + " khác xa các đơn vị cùng cấp trên ("
                                + figure.size() + " đơn vị, trung vị " + number(median, "vi") + ", z vững theo thang log = "
                                + zText.replace('.', ',') + "): đề nghị kiểm tra (quy tắc " + SIBLINGS + ").",
                        catalog.figureName(o.element(), o.disagg(), "en") + " = " + number(x, "en")
                                + " is far from the units under the same parent (" + figure.size() + " units, median "
                                + number(median, "en") + ", robust z on a log scale = " + zText
                                + "): please check (rule " + SIBLINGS + ").");
                n++;
            }
        }
        return n;
    }

    // -- across levels ---------------------------------------------------------------------------------------

    /** Each parent's own figures against the sum over the territorial units directly below it, a batch at a time. */
    private int acrossLevels(List<Submission> parents) {
        jdbc.batchUpdate(DELETE_OLD, parents.stream().map(p -> new Object[] {p.id(), ACROSS_LEVELS}).toList());
        List<String> elements = List.copyOf(settings.acrossLevels());
        if (elements.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (List<Submission> slice : slices(parents)) {
            Submission first = slice.getFirst();
            Map<String, String> parentOfUnit = new HashMap<>();
            Map<String, Integer> children = new HashMap<>();
            for (Submission parent : slice) {
                List<String> below = hierarchy.children(hierarchy.unit(parent.versionId(), parent.unitCode()).orElseThrow())
                        .stream().filter(AdminUnit::isTerritory).map(AdminUnit::code).toList();
                below.forEach(code -> parentOfUnit.put(code, parent.unitCode()));
                children.put(parent.unitCode(), below.size());
            }
            // parent → figure → what the units below gave of it
            Map<String, Map<String, SumBelow>> sums = new HashMap<>();
            CodeBatches.forEach(parentOfUnit.keySet(), codes ->
                jdbc.query(VALUES_OF_UNITS.formatted(CodeBatches.placeholders(elements.size()),
                        CodeBatches.placeholders(codes.size())), rs -> {
                    sums.computeIfAbsent(parentOfUnit.get(rs.getString(1)), p -> new HashMap<>())
                            .merge(FormContent.key(rs.getString(2), rs.getString(3)),
                                    new SumBelow(rs.getBigDecimal(4), 1), SumBelow::plus);
                }, CodeBatches.args(List.of(first.versionId(), first.period()), Stream.concat(elements.stream(),
                        codes.stream()).toList())));
            Map<Long, Submission> byId = new HashMap<>();
            slice.forEach(p -> byId.put(p.id(), p));
            List<Observation> own = new ArrayList<>();
            CodeBatches.forEach(byId.keySet().stream().map(String::valueOf).toList(), ids ->
                jdbc.query(OWN_VALUES.formatted(CodeBatches.placeholders(elements.size()),
                        CodeBatches.placeholders(ids.size())), rs -> {
                    own.add(new Observation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getString(5), rs.getString(6)));
                }, Stream.concat(elements.stream(), ids.stream().map(Long::valueOf)).toArray()));
            for (Observation o : own) {
                Submission parent = byId.get(o.submissionId());
                n += acrossLevels(parent, o, sums.getOrDefault(parent.unitCode(), Map.of())
                        .get(FormContent.key(o.element(), o.disagg())), children.get(parent.unitCode()));
            }
        }
        return n;
    }

    /** A figure summed over the units below a parent that gave it. */
    private record SumBelow(BigDecimal total, int units) {

        SumBelow plus(SumBelow other) {
            return new SumBelow(total.add(other.total), units + other.units);
        }
    }

    /** One figure of a parent against what the units below it gave (null: none gave it). */
    private int acrossLevels(Submission parent, Observation own, SumBelow sum, int children) {
        // Judged only once every unit below has given the figure: a partial sum always differs.
        if (sum == null || sum.units() < children || sum.total().compareTo(own.amount()) == 0) {
            return 0;
        }
        BigDecimal childrenSum = sum.total();
        double diff = own.amount().subtract(childrenSum).doubleValue();
        insert(parent, ACROSS_LEVELS, own.sheet(), own.cell(), own.element(), own.disagg(),
                catalog.figureName(own.element(), own.disagg(), "vi") + " của đơn vị = "
                        + number(own.amount().doubleValue(), "vi")
                        + ", tổng của " + sum.units() + " đơn vị trực thuộc = " + number(childrenSum.doubleValue(), "vi")
                        + " (chênh lệch " + number(diff, "vi")
                        + "): số tổng của đơn vị không khớp với tổng của các đơn vị cấp dưới, đề nghị kiểm tra (quy tắc "
                        + ACROSS_LEVELS + ").",
                catalog.figureName(own.element(), own.disagg(), "en") + " of the unit = "
                        + number(own.amount().doubleValue(), "en")
                        + ", sum over the " + sum.units() + " units directly below = "
                        + number(childrenSum.doubleValue(), "en") + " (difference " + number(diff, "en")
                        + "): the unit's own total does not match the units below it, please check (rule "
                        + ACROSS_LEVELS + ").");
        return 1;
    }

    /** Submissions in slices of one hierarchy version and period each, of at most 100 (a group's query each). */
    private static List<List<Submission>> slices(Collection<Submission> submissions) {
        Map<String, List<Submission>> byVersionAndPeriod = new LinkedHashMap<>();
        submissions.forEach(s -> byVersionAndPeriod.computeIfAbsent(s.versionId() + "|" + s.period(),
                k -> new ArrayList<>()).add(s));
        List<List<Submission>> slices = new ArrayList<>();
        for (List<Submission> all : byVersionAndPeriod.values()) {
            for (int from = 0; from < all.size(); from += 100) {
                slices.add(all.subList(from, Math.min(all.size(), from + 100)));
            }
        }
        return slices;
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

    private void markJudged() {
        jdbc.update(MARK_JUDGED, Timestamp.from(clock.instant()));
    }

    /** The submissions a query finds, with their unit's parent and kind (those of units the lists know). */
    private List<Submission> submissions(String sql, Object... args) {
        List<Submission> found = new ArrayList<>();
        jdbc.query(sql, rs -> {
            long id = rs.getLong(1);
            long fileId = rs.getLong(2);
            String period = rs.getString(5);
            hierarchy.unit(rs.getString(3), rs.getString(4)).ifPresent(u -> found.add(new Submission(id, fileId,
                    u.versionId(), u.code(), period, u.parentCode(), u.kind())));
        }, args);
        return found;
    }

    /**
     * The units whose sum over the units below may have changed: each unit that sent, and every unit above it, that
     * has territorial units directly below it; in version, period and code order.
     */
    private List<Level> levelsAbove(List<Submission> stored) {
        Map<String, Set<String>> withTerritoriesBelow = new HashMap<>();
        Set<Level> levels = new TreeSet<>(Comparator.comparing(Level::versionId).thenComparing(Level::period)
                .thenComparing(Level::unitCode));
        for (Submission s : stored) {
            Set<String> parents = withTerritoriesBelow.computeIfAbsent(s.versionId(), v -> hierarchy.units(v).stream()
                    .filter(AdminUnit::isTerritory).map(AdminUnit::parentCode).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            AdminUnit unit = hierarchy.unit(s.versionId(), s.unitCode()).orElseThrow();
            Stream.concat(Stream.of(unit), hierarchy.ancestors(unit).stream())
                    .filter(u -> parents.contains(u.code()))
                    .forEach(u -> levels.add(new Level(s.versionId(), u.code(), s.period())));
        }
        return List.copyOf(levels);
    }

    /** A figure in the language's number format: 1.234,5 in Vietnamese, 1,234.5 in English. */
    private static String number(double d, String lang) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator("vi".equals(lang) ? '.' : ',');
        symbols.setDecimalSeparator("vi".equals(lang) ? ',' : '.');
        return new DecimalFormat("#,##0.##", symbols).format(d);
    }

}
