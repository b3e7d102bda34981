package vn.genderstats.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;

/** When each unit's report for a period is due: per-unit overrides first, then by parent, then by tier and kind. */
public final class ReportingCalendar {

    private final List<DeadlineRule> rules;

    ReportingCalendar(List<DeadlineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The deadline, or empty when no rule covers the unit (the nation, a tier nobody asks reports from). */
    public Optional<LocalDate> deadline(AdminUnit unit, Period period) {
        return rules.stream().filter(r -> r.covers(unit)).findFirst()
                .map(r -> (period.kind() == Period.Kind.ANNUAL ? r.annual() : r.firstHalf()).in(period.year()));
    }

    /** Which calendar line gave the deadline, for the methodology section and for operators. */
    public Optional<String> ruleFor(AdminUnit unit) {
        return rules.stream().filter(r -> r.covers(unit)).findFirst().map(DeadlineRule::name);
    }
}
