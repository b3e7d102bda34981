package vn.genderstats.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads {@code jobs/catalog.yaml} and refuses it, naming every wrong entry, before any job runs. */
public final class CatalogLoader {

    static final Set<String> TIERS = Set.of("commune", "district", "province");
    static final Set<String> UNIT_KINDS = Set.of("territory", "department", "national");
    /** Departments (sở) and the national input form exist only at province level. */
    static final Set<String> SLOTS = Set.of("commune/territory", "district/territory", "province/territory",
            "province/department", "province/national");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record CatalogFile(List<FormEntry> forms, List<ElementEntry> dataElements, List<IndicatorEntry> indicators) {
    }

    record FormEntry(String id, String version, String tier, String unitKind, LocalizedText title) {
    }

    record ElementEntry(String code, LocalizedText name, LocalizedText unit, String valueType,
            String disaggregation, List<String> partOf, List<String> tiers, List<String> unitKinds,
            Boolean sensitive, Integer objective, List<String> totalsFrom) {
    }

    record IndicatorEntry(String code, LocalizedText name, String numerator, String denominator,
            BigDecimal factor, LocalizedText unit, Integer objective, TargetEntry target) {
    }

    record TargetEntry(String id, BigDecimal y2025, BigDecimal y2030, String direction, LocalizedText note) {
    }

    public static Catalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new CatalogException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
    }

    public static Catalog load(InputStream in, String source) {
        CatalogFile file;
        try {
            file = YAML.readValue(in, CatalogFile.class);
        } catch (JacksonException e) {
            throw new CatalogException(source, List.of("not valid catalogue YAML: " + e.getOriginalMessage()
                    + Optional.ofNullable(e.getLocation()).map(l -> " (line " + l.getLineNr() + ")").orElse("")));
        }
        List<String> problems = new ArrayList<>();
        List<DataElement> elements = readElements(file == null ? null : file.dataElements(), problems);
        Map<String, DataElement> byCode = elements.stream()
                .collect(Collectors.toMap(DataElement::code, Function.identity(), (a, b) -> a));
        checkParts(elements, byCode, problems);
        List<Indicator> indicators = readIndicators(file == null ? null : file.indicators(), byCode, problems);
        List<FormDefinition> forms = readForms(file == null ? null : file.forms(), elements, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return new Catalog(forms, elements, indicators);
    }

    private static List<DataElement> readElements(List<ElementEntry> entries, List<String> problems) {
        List<DataElement> out = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            problems.add("dataElements: the list is empty");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ElementEntry e = entries.get(i);
            String where = "data element " + (e.code() == null ? "#" + (i + 1) : e.code());
            int before = problems.size();
            if (e.code() == null || !e.code().matches("[A-Z][A-Z0-9_]*")) {
                problems.add(where + ": code must be UPPER_SNAKE_CASE");
            } else if (!seen.add(e.code())) {
                problems.add(where + ": the code is used twice");
            }
            checkName(where, e.name(), problems);
            if (e.unit() == null || e.unit().vi() == null || e.unit().vi().isBlank()) {
                problems.add(where + ": missing unit of measure (unit.vi, e.g. người, vụ, cơ quan)");
            }
            ValueType type = EnumText.parse(ValueType.class, e.valueType(), where + ": valueType", problems);
            Disaggregation dis = e.disaggregation() == null ? Disaggregation.NONE
                    : EnumText.parse(Disaggregation.class, e.disaggregation(), where + ": disaggregation", problems);
            Set<String> tiers = checkedSet(e.tiers(), TIERS, where + ": tiers", problems);
            Set<String> kinds = checkedSet(e.unitKinds(), UNIT_KINDS, where + ": unitKinds", problems);
            Set<String> totalsFrom = e.totalsFrom() == null ? kinds
                    : checkedSet(e.totalsFrom(), UNIT_KINDS, where + ": totalsFrom", problems);
            int objective = e.objective() == null ? 0 : e.objective();
            if (objective < 1 || objective > 6) {
                problems.add(where + ": objective must be one of the Strategy's objectives 1 to 6");
            }
            if (problems.size() == before) {
                out.add(new DataElement(e.code(), e.name(), e.unit(), type, dis, tiers, kinds,
                        Boolean.TRUE.equals(e.sensitive()), objective,
                        e.partOf() == null ? List.of() : List.copyOf(e.partOf()), totalsFrom));
            }
        }
        return out;
    }

    private static List<Indicator> readIndicators(List<IndicatorEntry> entries, Map<String, DataElement> elements,
            List<String> problems) {
        List<Indicator> out = new ArrayList<>();
        if (entries == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            IndicatorEntry e = entries.get(i);
            String where = "indicator " + (e.code() == null ? "#" + (i + 1) : e.code());
            int before = problems.size();
            if (e.code() == null || !e.code().matches("[A-Z][A-Z0-9_]*")) {
                problems.add(where + ": code must be UPPER_SNAKE_CASE");
            } else if (!seen.add(e.code()) || elements.containsKey(e.code())) {
                problems.add(where + ": the code is already used");
            }
            checkName(where, e.name(), problems);
            Expression numerator = expression(e.numerator(), where + ": numerator", elements, problems);
            Expression denominator = expression(e.denominator(), where + ": denominator", elements, problems);
            if (e.factor() == null || e.factor().signum() <= 0) {
                problems.add(where + ": factor must be a positive number (100 for a percentage)");
            }
            if (e.objective() != null && (e.objective() < 1 || e.objective() > 6)) {
                problems.add(where + ": objective must be one of the Strategy's objectives 1 to 6");
            }
            Optional<Target> target = Optional.ofNullable(e.target()).map(t -> target(t, where, problems));
            if (problems.size() == before) {
                out.add(new Indicator(e.code(), e.name(), numerator, denominator, e.factor(),
                        e.unit() == null ? new LocalizedText("", "") : e.unit(),
                        e.objective() == null ? 0 : e.objective(), target));
            }
        }
        return out;
    }

    private static Target target(TargetEntry t, String where, List<String> problems) {
        String w = where + ": target " + (t.id() == null ? "" : t.id());
        if (t.id() == null || t.id().isBlank()) {
            problems.add(w + ": the target has no id (e.g. 4.1)");
        }
        Direction direction = null;
        if (t.direction() == null) {
            problems.add(w + ": the target has no direction (at_least, at_most or equal)");
        } else {
            direction = EnumText.parse(Direction.class, t.direction(), w + ": direction", problems);
        }
        if (t.y2025() == null && t.y2030() == null) {
            problems.add(w + ": the target has neither a 2025 nor a 2030 value");
        }
        return new Target(t.id(), t.y2025(), t.y2030(), direction, t.note());
    }

    private static Expression expression(String text, String where, Map<String, DataElement> elements,
            List<String> problems) {
        return Expression.parseChecked(text, where, code -> Optional.ofNullable(elements.get(code)),
                " (an indicator is computed from data elements only, never from another indicator)", problems);
    }

    /** "Of which" links: every part names a known element other than itself, and no chain comes back. */
    private static void checkParts(List<DataElement> elements, Map<String, DataElement> byCode, List<String> problems) {
        for (DataElement e : elements) {
            for (String whole : e.partOf()) {
                if (!byCode.containsKey(whole)) {
                    problems.add("data element " + e.code() + ": partOf names an unknown data element " + whole);
                }
            }
        }
        Set<Set<String>> reported = new HashSet<>();
        for (DataElement e : elements) {
            List<String> path = new ArrayList<>(List.of(e.code()));
            if (reaches(e.code(), e.code(), byCode, path, new HashSet<>()) && reported.add(Set.copyOf(path))) {
                problems.add("data element " + e.code() + ": partOf goes round in a cycle " + String.join(" → ", path));
            }
        }
    }

    /** Whether following partOf from {@code at} comes to {@code target}; {@code path} ends as the way there. */
    private static boolean reaches(String at, String target, Map<String, DataElement> byCode, List<String> path,
            Set<String> seen) {
        DataElement e = byCode.get(at);
        if (e == null) {
            return false;
        }
        for (String whole : e.partOf()) {
            path.add(whole);
            if (whole.equals(target) || (seen.add(whole) && reaches(whole, target, byCode, path, seen))) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static List<FormDefinition> readForms(List<FormEntry> entries, List<DataElement> elements,
            List<String> problems) {
        List<FormDefinition> out = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            problems.add("forms: the list is empty (one form per tier and unit kind that reports data elements)");
            return out;
        }
        Set<String> ids = new HashSet<>();
        Set<String> slots = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            FormEntry f = entries.get(i);
            String where = "form " + (f.id() == null ? "#" + (i + 1) : f.id());
            int before = problems.size();
            if (f.id() == null || f.id().isBlank()) {
                problems.add(where + ": the form has no id (e.g. 01/BĐG-X)");
            } else if (!ids.add(f.id())) {
                problems.add(where + ": the id is used twice");
            }
            if (f.version() == null || f.version().isBlank()) {
                problems.add(where + ": the form has no version (raise it whenever its rows change)");
            }
            if (f.title() == null || f.title().vi() == null || f.title().vi().isBlank()) {
                problems.add(where + ": missing Vietnamese title (title.vi)");
            }
            if (!TIERS.contains(f.tier())) {
                problems.add(where + ": tier '" + f.tier() + "' is not one of " + String.join(", ", new java.util.TreeSet<>(TIERS)));
            }
            if (!UNIT_KINDS.contains(f.unitKind())) {
                problems.add(where + ": unitKind '" + f.unitKind() + "' is not one of "
                        + String.join(", ", new java.util.TreeSet<>(UNIT_KINDS)));
            }
            if (problems.size() == before && !SLOTS.contains(f.tier() + "/" + f.unitKind())) {
                problems.add(where + ": no unit is " + f.tier() + "/" + f.unitKind() + " (forms exist for "
                        + String.join(", ", new java.util.TreeSet<>(SLOTS)) + ")");
            } else if (problems.size() == before && !slots.add(f.tier() + "/" + f.unitKind())) {
                problems.add(where + ": a second form for " + f.tier() + "/" + f.unitKind());
            }
            if (problems.size() == before) {
                if (elements.stream().noneMatch(e -> e.reportedBy(f.tier(), f.unitKind()))) {
                    problems.add(where + ": no data element is reported by " + f.tier() + "/" + f.unitKind());
                }
                out.add(new FormDefinition(f.id(), f.version(), f.tier(), f.unitKind(), f.title()));
            }
        }
        for (DataElement e : elements) {
            for (String tier : e.tiers()) {
                for (String kind : e.unitKinds()) {
                    if (SLOTS.contains(tier + "/" + kind) && !slots.contains(tier + "/" + kind)) {
                        problems.add("data element " + e.code() + ": no form for " + tier + "/" + kind
                                + " carries it (add one under forms)");
                        slots.add(tier + "/" + kind);
                    }
                }
            }
        }
        return out;
    }

    private static void checkName(String where, LocalizedText name, List<String> problems) {
        if (name == null || name.vi() == null || name.vi().isBlank()) {
            problems.add(where + ": missing Vietnamese name (name.vi)");
        }
        if (name == null || name.en() == null || name.en().isBlank()) {
            problems.add(where + ": missing English name (name.en)");
        }
    }

    private static Set<String> checkedSet(List<String> values, Set<String> allowed, String where, List<String> problems) {
        if (values == null || values.isEmpty()) {
            problems.add(where + ": the list is empty");
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (!allowed.contains(v)) {
                problems.add(where + ": '" + v + "' is not one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            out.add(v);
        }
        return out;
    }
}
