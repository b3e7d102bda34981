package vn.genderstats.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data elements units report and the indicators computed from them, as the office configured them. */
public final class Catalog {

    private final List<FormDefinition> forms;
    private final Map<String, DataElement> elements = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    Catalog(List<FormDefinition> forms, List<DataElement> elements, List<Indicator> indicators) {
        this.forms = List.copyOf(forms);
        elements.forEach(e -> this.elements.put(e.code(), e));
        indicators.forEach(i -> this.indicators.put(i.code(), i));
    }

    public List<DataElement> dataElements() {
        return List.copyOf(elements.values());
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<DataElement> element(String code) {
        return Optional.ofNullable(elements.get(code));
    }

    /**
     * How a message names one figure: the data element by its catalogue name with the breakdown in words, "Số trẻ
     * sinh ra sống (nữ)" / "Live births (female)"; the code for an element the catalogue does not know.
     */
    public String figureName(String element, String disagg, String lang) {
        String name = element(element).map(e -> e.name().in(lang)).orElse(element);
        boolean vi = !"en".equals(lang);
        String part = switch (disagg == null ? "T" : disagg) {
            case "M" -> vi ? "nam" : "male";
            case "F" -> vi ? "nữ" : "female";
            case "CHILD_T" -> vi ? "trẻ em" : "children";
            case "CHILD_M" -> vi ? "trẻ em nam" : "boys";
            case "CHILD_F" -> vi ? "trẻ em nữ" : "girls";
            default -> "";
        };
        return part.isEmpty() ? name : name + " (" + part + ")";
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public List<FormDefinition> forms() {
        return forms;
    }

    /** The form a unit of this tier and kind fills; every tier and kind that reports something has one. */
    public Optional<FormDefinition> form(String tier, String unitKind) {
        return forms.stream().filter(f -> f.tier().equals(tier) && f.unitKind().equals(unitKind)).findFirst();
    }

    public Optional<FormDefinition> formById(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The data elements a unit of this tier and kind reports, in catalogue order. */
    public List<DataElement> reportedBy(String tier, String unitKind) {
        return elements.values().stream().filter(e -> e.reportedBy(tier, unitKind)).toList();
    }
}
