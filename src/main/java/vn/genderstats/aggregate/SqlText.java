package vn.genderstats.aggregate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL text built from named parts: each {@code {name}} of the template is replaced by the part of that name, so a
 * long statement reads as the SQL it is. A name without a part, or a part the template does not use, fails at once.
 */
final class SqlText {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z]+)}");

    private final String template;
    private final Map<String, String> parts = new LinkedHashMap<>();

    private SqlText(String template) {
        this.template = template;
    }

    static SqlText of(String template) {
        return new SqlText(template);
    }

    SqlText with(String name, String part) {
        parts.put(name, part);
        return this;
    }

    SqlText with(String name, int part) {
        return with(name, Integer.toString(part));
    }

    String text() {
        Matcher m = NAME.matcher(template);
        Set<String> used = new HashSet<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = parts.get(m.group(1));
            if (part == null) {
                throw new IllegalStateException("No part {" + m.group(1) + "} for the SQL " + template);
            }
            used.add(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(part));
        }
        m.appendTail(out);
        if (!used.equals(parts.keySet())) {
            throw new IllegalStateException("Parts " + parts.keySet() + " not all used in the SQL " + template);
        }
        return out.toString();
    }
}
