package vn.genderstats.catalog;

import java.util.List;

/** The catalogue in jobs/ cannot be used; every problem names its entry. */
public class CatalogException extends RuntimeException {

    private final List<String> problems;

    public CatalogException(String source, List<String> problems) {
        super("The catalogue " + source + " has " + problems.size() + " problem(s) / Danh mục có lỗi:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
