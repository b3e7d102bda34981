package vn.genderstats.hierarchy;

import java.time.LocalDate;
import vn.genderstats.period.Period;

/** A dated list of units and the periods it serves. */
public record HierarchyVersion(String id, String file, LocalDate validFrom, LocalDate validTo) {

    /** The version serving a period is the one in force on the period's last day. */
    public boolean serves(Period period) {
        LocalDate day = period.end();
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
