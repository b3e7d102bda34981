package vn.genderstats.validate;

import java.util.List;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;

/** The verdict on one workbook. */
public sealed interface Outcome {

    List<Finding> findings();

    /** The file is taken: its values that passed (values with errors are left out) and what was flagged. */
    record Accepted(AdminUnit unit, Period period, String formId, String formVersion, String sheet, List<FormValue> values,
            List<Finding> findings) implements Outcome {

        public boolean hasWarnings() {
            return !findings.isEmpty();
        }
    }

    /** The whole file is refused; every finding says why. {@code period}: the period the form says, null if unread. */
    record Rejected(List<Finding> findings, Period period) implements Outcome {

        public Rejected(List<Finding> findings) {
            this(findings, null);
        }
    }
}
