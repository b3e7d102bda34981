package vn.genderstats.catalog;

import java.util.List;
import java.util.Set;

/**
 * A figure a unit enters on its form. {@code partOf} names the element(s) it is an "of which" (trong đó)
 * part of: it can never exceed their sum.
 */
public record DataElement(
        String code,
        LocalizedText name,
        LocalizedText unit,
        ValueType valueType,
        Disaggregation disaggregation,
        Set<String> tiers,
        Set<String> unitKinds,
        boolean sensitive,
        int objective,
        List<String> partOf) {

    public boolean reportedBy(String tier, String unitKind) {
        return tiers.contains(tier) && unitKinds.contains(unitKind);
    }
}
