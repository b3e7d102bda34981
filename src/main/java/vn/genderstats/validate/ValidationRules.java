package vn.genderstats.validate;

import java.util.List;
import java.util.Map;

/** Everything {@code jobs/rules.yaml} says: forms, bounds, rules between figures and plausibility thresholds. */
public record ValidationRules(List<FormRules> forms, Map<String, AmountBounds> bounds, List<ValidationRule> rules,
        PlausibilitySettings plausibility) {

    /** The rules of a catalogue form; defaults when rules.yaml does not list it. */
    public FormRules form(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst().orElse(FormRules.defaults(id));
    }
}
