package vn.genderstats.report;

import java.util.Optional;
import vn.genderstats.catalog.Target;

/** The target an indicator is measured against in a year: the value set for the next milestone (2025, then 2030). */
record Goal(int milestone, double value) {

    /** None when the target sets no value for that milestone. */
    static Optional<Goal> of(Target target, int year) {
        int milestone = year <= VerdictRules.FIRST_MILESTONE ? VerdictRules.FIRST_MILESTONE : VerdictRules.LAST_MILESTONE;
        return Optional.ofNullable(VerdictRules.goal(target, milestone)).map(v -> new Goal(milestone, v));
    }
}
