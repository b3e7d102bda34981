package vn.genderstats.validate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.EnumText;
import vn.genderstats.catalog.Expression;
import vn.genderstats.catalog.LocalizedText;
import vn.genderstats.form.Severity;
import vn.genderstats.period.Period;

/**
 * Reads {@code jobs/rules.yaml} against the catalogue and refuses it, naming every wrong rule, before any
 * job runs: an unknown data element or breakdown, an unknown operator, severity, tier or period.
 */
public final class RulesLoader {

    private static final Set<String> TIERS = Set.of("commune", "district", "province");
    private static final Map<String, Period.Kind> PERIODS = Map.of("annual", Period.Kind.ANNUAL,
            "first_half", Period.Kind.FIRST_HALF);

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record RulesFile(List<FormEntry> forms, List<BoundsEntry> bounds, List<RuleEntry> rules,
            PlausibilityEntry plausibility) {
    }

    record FormEntry(String id, List<String> olderVersions, List<String> periods, List<String> required) {
    }

    record BoundsEntry(String element, BigDecimal min, BigDecimal max) {
    }

    record RuleEntry(String name, String left, String operator, String right, String severity, LocalizedText message,
            List<String> tiers, List<String> periods, String missing) {
    }

    record PlausibilityEntry(Double sexRatioLow, Double sexRatioHigh, Double confidence, Double yearOverYearMaxChange,
            Double yearOverYearMinBase, Double siblingsMaxRobustZ, Integer siblingsMinimum, Double siblingsMinDifference, List<String> acrossLevels) {
    }

    private RulesLoader() {
    }

    public static ValidationRules load(Path file, Catalog catalog) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), catalog);
        } catch (IOException e) {
            throw new RulesException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
    }

    public static ValidationRules load(InputStream in, String source, Catalog catalog) {
        RulesFile file;
        try {
            file = YAML.readValue(in, RulesFile.class);
        } catch (JacksonException e) {
            throw new RulesException(source, List.of("not valid rules YAML: " + e.getOriginalMessage()
                    + Optional.ofNullable(e.getLocation()).map(l -> " (line " + l.getLineNr() + ")").orElse("")));
        }
        if (file == null) {
            throw new RulesException(source, List.of("the file is empty"));
        }
        List<String> problems = new ArrayList<>();
        List<FormRules> forms = forms(file.forms(), catalog, problems);
        Map<String, AmountBounds> bounds = bounds(file.bounds(), catalog, problems);
        List<ValidationRule> rules = rules(file.rules(), catalog, problems);
        PlausibilitySettings plausibility = plausibility(file.plausibility(), catalog, problems);
        if (!problems.isEmpty()) {
            throw new RulesException(source, problems);
        }
        return new ValidationRules(forms, bounds, rules, plausibility);
    }

    private static List<FormRules> forms(List<FormEntry> entries, Catalog catalog, List<String> problems) {
        List<FormRules> out = new ArrayList<>();
        for (FormEntry f : Optional.ofNullable(entries).orElse(List.of())) {
            String where = "form " + f.id();
            if (f.id() == null || catalog.formById(f.id()).isEmpty()) {
                problems.add(where + ": not a form of the catalogue ("
                        + String.join(", ", catalog.forms().stream().map(d -> d.id()).toList()) + ")");
                continue;
            }
            Set<Period.Kind> periods = f.periods() == null ? EnumSet.allOf(Period.Kind.class)
                    : periods(f.periods(), where, problems);
            for (String code : Optional.ofNullable(f.required()).orElse(List.of())) {
                if (catalog.element(code).isEmpty()) {
                    problems.add(where + ": required: unknown data element " + code);
                }
            }
            out.add(new FormRules(f.id(), Set.copyOf(Optional.ofNullable(f.olderVersions()).orElse(List.of())), periods,
                    List.copyOf(Optional.ofNullable(f.required()).orElse(List.of()))));
        }
        return out;
    }

    private static Map<String, AmountBounds> bounds(List<BoundsEntry> entries, Catalog catalog, List<String> problems) {
        Map<String, AmountBounds> out = new LinkedHashMap<>();
        for (BoundsEntry b : Optional.ofNullable(entries).orElse(List.of())) {
            String where = "bounds " + b.element();
            if (b.element() == null || catalog.element(b.element()).isEmpty()) {
                problems.add(where + ": unknown data element " + b.element());
            } else if (b.min() == null && b.max() == null) {
                problems.add(where + ": neither min nor max given");
            } else if (b.min() != null && b.max() != null && b.min().compareTo(b.max()) > 0) {
                problems.add(where + ": min is above max");
            } else {
                out.put(b.element(), new AmountBounds(b.element(), b.min(), b.max()));
            }
        }
        return out;
    }

    private static List<ValidationRule> rules(List<RuleEntry> entries, Catalog catalog, List<String> problems) {
        List<ValidationRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < Optional.ofNullable(entries).map(List::size).orElse(0); i++) {
            RuleEntry r = entries.get(i);
            String where = "rule " + (r.name() == null ? "#" + (i + 1) : r.name());
            int before = problems.size();
            if (r.name() == null || !r.name().matches("[A-Z][A-Z0-9_]{0,99}")) {
                problems.add(where + ": name must be UPPER_SNAKE_CASE, at most 100 characters");
            } else if (!names.add(r.name())) {
                problems.add(where + ": the name is used twice");
            }
            Expression left = expression(r.left(), where + ": left", catalog, problems);
            Expression right = expression(r.right(), where + ": right", catalog, problems);
            Optional<Operator> operator = Operator.of(r.operator());
            if (operator.isEmpty()) {
                problems.add(where + ": operator '" + r.operator() + "' is not one of ==, !=, <, <=, >, >=");
            }
            Severity severity = EnumText.parse(Severity.class, r.severity(), where + ": severity", problems);
            if (r.message() == null || blank(r.message().vi()) || blank(r.message().en())) {
                problems.add(where + ": message needs both vi and en");
            }
            Set<String> tiers = r.tiers() == null ? TIERS : new LinkedHashSet<>(r.tiers());
            tiers.stream().filter(t -> !TIERS.contains(t))
                    .forEach(t -> problems.add(where + ": tier '" + t + "' is not one of commune, district, province"));
            Set<Period.Kind> periods = r.periods() == null ? EnumSet.allOf(Period.Kind.class)
                    : periods(r.periods(), where, problems);
            MissingValues missing = r.missing() == null ? MissingValues.SKIP_IF_ANY_MISSING
                    : EnumText.parse(MissingValues.class, r.missing(), where + ": missing", problems);
            if (problems.size() == before) {
                out.add(new ValidationRule(r.name(), left, operator.get(), right, severity, r.message(),
                        Set.copyOf(tiers), periods, missing));
            }
        }
        return out;
    }

    private static PlausibilitySettings plausibility(PlausibilityEntry p, Catalog catalog, List<String> problems) {
        PlausibilityEntry e = p == null ? new PlausibilityEntry(null, null, null, null, null, null, null, null, null) : p;
        PlausibilitySettings s = new PlausibilitySettings(or(e.sexRatioLow(), 102), or(e.sexRatioHigh(), 109),
                or(e.confidence(), 0.95), or(e.yearOverYearMaxChange(), 1.0), or(e.yearOverYearMinBase(), 20),
                or(e.siblingsMaxRobustZ(), 3.5), e.siblingsMinimum() == null ? 8 : e.siblingsMinimum(), or(e.siblingsMinDifference(), 10),
                List.copyOf(Optional.ofNullable(e.acrossLevels()).orElse(List.of())));
        if (s.srbLow() <= 0 || s.srbLow() >= s.srbHigh()) {
            problems.add("plausibility: sexRatioLow must be positive and below sexRatioHigh");
        }
        if (s.confidence() <= 0.5 || s.confidence() >= 1) {
            problems.add("plausibility: confidence must lie between 0.5 and 1 (e.g. 0.95)");
        }
        if (s.maxChange() <= 0 || s.maxRobustZ() <= 0 || s.minSiblings() < 3) {
            problems.add("plausibility: yearOverYearMaxChange and siblingsMaxRobustZ must be positive, siblingsMinimum at least 3");
        }
        s.acrossLevels().stream().filter(code -> catalog.element(code).isEmpty())
                .forEach(code -> problems.add("plausibility: acrossLevels: unknown data element " + code));
        return s;
    }

    private static Expression expression(String text, String where, Catalog catalog, List<String> problems) {
        return Expression.parseChecked(text, where, catalog::element, "", problems);
    }

    private static Set<Period.Kind> periods(List<String> names, String where, List<String> problems) {
        Set<Period.Kind> out = EnumSet.noneOf(Period.Kind.class);
        if (names == null || names.isEmpty()) {
            problems.add(where + ": periods: the list is empty (annual, first_half)");
            return out;
        }
        for (String n : names) {
            Period.Kind kind = PERIODS.get(n);
            if (kind == null) {
                problems.add(where + ": period '" + n + "' is not one of annual, first_half");
            } else {
                out.add(kind);
            }
        }
        return out;
    }

    private static double or(Double value, double otherwise) {
        return value == null ? otherwise : value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
