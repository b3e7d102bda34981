package vn.genderstats.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything {@code jobs/rules.yaml} says: forms, bounds, rules between figures and plausibility thresholds. */
public record ValidationRules(List<FormDefinition> forms, Map<String, AmountBounds> bounds, List<ValidationRule> rules,
        PlausibilitySettings plausibility) {

    public Optional<FormDefinition> form(String id) {
        return forms.stream().filter(f -> f.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The form assumed when the workbook does not say which it is: the first listed. */
    public FormDefinition defaultForm() {
        return forms.getFirst();
    }
}
