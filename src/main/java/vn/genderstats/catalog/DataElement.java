package vn.genderstats.catalog;

import java.util.List;
import java.util.Set;

/**
 * A figure a unit enters on its form. {@code partOf} names the element(s) it is an "of which" (trong đó)
 * part of: it can never exceed their sum. {@code totalsFrom}: the unit kinds whose figure is added into the
 * totals of the units above (default: all of {@code unitKinds}); e.g. a department's budget already counted in
 * the province's own budget would be left out of the province total.
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
        List<String> partOf,
        Set<String> totalsFrom) {

    /** Whether a figure from a unit of this kind is added into the totals of the units above it. */
    public boolean addedIntoTotals(String unitKind) {
        return totalsFrom.contains(unitKind);
    }

    public boolean reportedBy(String tier, String unitKind) {
        return tiers.contains(tier) && unitKinds.contains(unitKind);
    }
}
