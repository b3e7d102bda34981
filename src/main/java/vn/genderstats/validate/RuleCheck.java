package vn.genderstats.validate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.genderstats.catalog.Term;
import vn.genderstats.form.Finding;
import vn.genderstats.form.FormValue;
import vn.genderstats.form.Severity;

/** Judges one configured rule on one form's figures. */
final class RuleCheck {

    /** What a broken rule yields: the finding and the figures it names (refused when the rule is an error). */
    record Violation(Finding finding, List<FormValue> involved) {
    }

    private RuleCheck() {
    }

    static Optional<Violation> judge(ValidationRule rule, FormFigures figures, String sheet) {
        FormFigures.Evaluated left = figures.evaluate(rule.left());
        FormFigures.Evaluated right = figures.evaluate(rule.right());
        int present = left.present() + right.present();
        int terms = left.terms() + right.terms();
        boolean skip = switch (rule.missing()) {
            case SKIP_IF_ANY_MISSING -> present < terms;
            case SKIP_IF_ALL_MISSING -> present == 0;
            case MISSING_AS_ZERO -> false;
        };
        if (skip || rule.operator().holds(left.amount(), right.amount())) {
            return Optional.empty();
        }
        List<FormValue> involved = Stream.concat(rule.left().terms().stream(), rule.right().terms().stream())
                .map(t -> figures.value(t.element(), t.disagg())).flatMap(Optional::stream).toList();
        Term first = rule.left().terms().getFirst();
        Optional<FormValue> firstValue = figures.value(first.element(), first.disagg());
        String cell = firstValue.or(() -> involved.stream().findFirst()).map(FormValue::cell).orElse(null);
        String consequenceVi = rule.severity() == Severity.ERROR ? " Các số liệu này không được tiếp nhận." : "";
        String consequenceEn = rule.severity() == Severity.ERROR ? " These figures were not accepted." : "";
        Finding finding = new Finding(rule.severity(), rule.name(), sheet, cell,
                rule.message().vi() + ": " + FormFigures.print(left.amount(), "vi") + " " + rule.operator().symbol() + " "
                        + FormFigures.print(right.amount(), "vi") + " không đúng (" + figures.describe(rule.left(), "vi")
                        + "; " + figures.describe(rule.right(), "vi") + "; quy tắc " + rule.name() + ")." + consequenceVi,
                rule.message().en() + ": " + FormFigures.print(left.amount(), "en") + " " + rule.operator().symbol() + " "
                        + FormFigures.print(right.amount(), "en") + " does not hold (" + figures.describe(rule.left(), "en")
                        + "; " + figures.describe(rule.right(), "en") + "; rule " + rule.name() + ")." + consequenceEn);
        finding = firstValue.map(finding::about).orElse(finding.about(first.element(), first.disagg()));
        return Optional.of(new Violation(finding, involved));
    }
}
