package vn.genderstats.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A linear expression over data elements, such as {@code LIVE_BIRTHS.M} or
 * {@code GBV_VICTIMS.F - GBV_VICTIMS.CHILD_F}. Linear on purpose: a sum of sums is a sum, so
 * every level can compute it from its own totals.
 */
public record Expression(String text, List<Term> terms) {

    private static final Pattern TERM = Pattern.compile(
            "\\s*([+-])?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*\\*\\s*)?([A-Z][A-Z0-9_]*)(?:\\.([A-Z][A-Z0-9_]*))?\\s*");

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty expression");
        }
        List<Term> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                throw new IllegalArgumentException("cannot read '" + text.substring(at).trim() + "' in '" + text + "'");
            }
            if (m.group(1) == null && !terms.isEmpty()) {
                throw new IllegalArgumentException("expected + or - before '" + m.group(3) + "' in '" + text + "'");
            }
            BigDecimal coefficient = m.group(2) == null ? BigDecimal.ONE : new BigDecimal(m.group(2));
            if ("-".equals(m.group(1))) {
                coefficient = coefficient.negate();
            }
            terms.add(new Term(coefficient, m.group(3), m.group(4) == null ? "T" : m.group(4)));
            at = m.end();
        }
        return new Expression(text.trim(), List.copyOf(terms));
    }

    /**
     * Parses {@code text} and checks that each term names a known data element and one of its breakdowns; each
     * problem is added to {@code problems} prefixed with {@code where} (and {@code unknownHint} after an unknown
     * element). Null when the text cannot be read at all.
     */
    public static Expression parseChecked(String text, String where, Function<String, Optional<DataElement>> elements,
            String unknownHint, List<String> problems) {
        Expression expression;
        try {
            expression = parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        for (Term term : expression.terms()) {
            Optional<DataElement> element = elements.apply(term.element());
            if (element.isEmpty()) {
                problems.add(where + ": unknown data element " + term.element() + unknownHint);
            } else if (!element.get().disaggregation().keys().contains(term.disagg())) {
                problems.add(where + ": " + term.element() + " has no breakdown ." + term.disagg() + " (it has "
                        + String.join(", ", element.get().disaggregation().keys()) + ")");
            }
        }
        return expression;
    }

    @Override
    public String toString() {
        return text;
    }
}
