package vn.genderstats.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data elements units report and the indicators computed from them, as the office configured them. */
public final class Catalog {

    private final Map<String, DataElement> elements = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    Catalog(List<DataElement> elements, List<Indicator> indicators) {
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

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The data elements a unit of this tier and kind reports, in catalogue order. */
    public List<DataElement> reportedBy(String tier, String unitKind) {
        return elements.values().stream().filter(e -> e.reportedBy(tier, unitKind)).toList();
    }
}
