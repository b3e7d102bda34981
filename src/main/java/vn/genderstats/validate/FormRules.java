package vn.genderstats.validate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.genderstats.period.Period;

/**
 * What the office checks about one form of the catalogue (by its id): the older versions still taken, the
 * periods it is filled for and the data elements it may not leave out.
 */
public record FormRules(String id, Set<String> olderVersions, Set<Period.Kind> periods, List<String> required) {

    /** A form rules.yaml does not list: any period, only the current version, nothing required. */
    static FormRules defaults(String id) {
        return new FormRules(id, Set.of(), EnumSet.allOf(Period.Kind.class), List.of());
    }
}
