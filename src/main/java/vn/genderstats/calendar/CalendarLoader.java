package vn.genderstats.calendar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads jobs/calendar.yaml; a wrong line stops start-up with a message naming it. */
public final class CalendarLoader {

    private static final Set<String> TIERS = Set.of("commune", "district", "province");
    private static final Set<String> KINDS = Set.of("territory", "department");

    record CalendarFile(List<Entry> defaults, List<Entry> overrides) {
    }

    record Entry(String name, String unit, String parent, String tier, String kind, List<String> versions,
            String S1, String annual) {
    }

    private CalendarLoader() {
    }

    public static ReportingCalendar load(Path file) {
        CalendarFile calendar;
        try {
            calendar = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(file.toFile(), CalendarFile.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("The calendar " + file + " is not valid / Lịch báo cáo có lỗi: "
                    + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        List<DeadlineRule> rules = new ArrayList<>();
        List<Entry> overrides = calendar.overrides() == null ? List.of() : calendar.overrides();
        // Per-unit lines before per-parent lines, then the defaults: the most specific rule wins.
        overrides.stream().filter(e -> e.unit() != null).forEach(e -> add(e, "override", rules, problems));
        overrides.stream().filter(e -> e.unit() == null).forEach(e -> add(e, "override", rules, problems));
        if (calendar.defaults() == null || calendar.defaults().isEmpty()) {
            problems.add("defaults: the list is empty");
        } else {
            calendar.defaults().forEach(e -> add(e, "default", rules, problems));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The calendar " + file + " has problems / Lịch báo cáo có lỗi:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new ReportingCalendar(rules);
    }

    private static void add(Entry e, String section, List<DeadlineRule> rules, List<String> problems) {
        String name = e.name() != null ? e.name()
                : section + " " + (e.unit() != null ? "unit " + e.unit() : e.parent() != null ? "parent " + e.parent()
                        : e.tier() + "/" + e.kind());
        if (e.tier() != null && !TIERS.contains(e.tier())) {
            problems.add(name + ": unknown tier '" + e.tier() + "'");
        }
        if (e.kind() != null && !KINDS.contains(e.kind())) {
            problems.add(name + ": unknown kind '" + e.kind() + "'");
        }
        if ("override".equals(section) && e.unit() == null && e.parent() == null) {
            problems.add(name + ": an override names a unit or a parent");
        }
        try {
            rules.add(new DeadlineRule(name, e.unit(), e.parent(), e.tier(), e.kind(),
                    e.versions() == null ? Set.of() : Set.copyOf(e.versions()),
                    DayOfYear.parse(e.S1()), DayOfYear.parse(e.annual())));
        } catch (IllegalArgumentException | java.time.DateTimeException ex) {
            problems.add(name + ": " + ex.getMessage());
        }
    }
}
