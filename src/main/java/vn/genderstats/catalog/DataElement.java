package vn.genderstats.catalog;

import java.util.Set;

/** A figure a unit enters on its form. */
public record DataElement(
        String code,
        LocalizedText name,
        LocalizedText unit,
        ValueType valueType,
        Disaggregation disaggregation,
        Set<String> tiers,
        Set<String> unitKinds,
        boolean sensitive,
        int objective) {

    public boolean reportedBy(String tier, String unitKind) {
        return tiers.contains(tier) && unitKinds.contains(unitKind);
    }
}
