package vn.genderstats.validate;

import java.util.List;

/** {@code jobs/rules.yaml} cannot be used; every problem names its rule or entry. */
public class RulesException extends RuntimeException {

    private final List<String> problems;

    public RulesException(String source, List<String> problems) {
        super("The validation rules " + source + " have " + problems.size() + " problem(s) / Quy tắc kiểm tra có lỗi:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
