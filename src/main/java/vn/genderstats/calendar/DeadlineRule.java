package vn.genderstats.calendar;

import java.util.Set;
import vn.genderstats.hierarchy.AdminUnit;

/** One line of the calendar: which units it covers and their two deadlines. */
record DeadlineRule(String name, String unitCode, String parentCode, String tier, String kind, Set<String> versions,
        DayOfYear firstHalf, DayOfYear annual) {

    boolean covers(AdminUnit unit) {
        return (versions.isEmpty() || versions.contains(unit.versionId()))
                && (unitCode == null || unitCode.equals(unit.code()))
                && (parentCode == null || parentCode.equals(unit.parentCode()))
                && (tier == null || tier.equals(unit.tier()))
                && (kind == null || kind.equals(unit.kind()));
    }
}
