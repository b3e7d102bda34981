package vn.genderstats.validate;

import java.util.List;
import java.util.Set;
import vn.genderstats.period.Period;

/**
 * A form the office issues: its number, the version units should use now and the older versions still
 * taken, the periods it is filled for, and the data elements a form may not leave blank.
 */
public record FormDefinition(String id, String currentVersion, Set<String> olderVersions, Set<Period.Kind> periods,
        List<String> required) {
}
