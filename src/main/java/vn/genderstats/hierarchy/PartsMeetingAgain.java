package vn.genderstats.hierarchy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the parts of a split old unit meet again on the new list. Each part lands on a new unit and goes up from it;
 * a unit above two or more parts is reached by the old unit through as many branches (the unit itself, when a part
 * lands on it, or one of its children), and a sum there counts the old unit once per branch: {@code extra} is how many
 * times too often. For a group's share of a unit, only the parts landing on units of the group count.
 */
final class PartsMeetingAgain {

    /** The whole unit's row, as against a group's share. */
    static final String WHOLE_UNIT = "";

    record Meeting(String fromVersion, String toVersion, String unitCode, String groupCode, String fromCode, int extra) {
    }

    private PartsMeetingAgain() {
    }

    static List<Meeting> of(Hierarchy hierarchy) {
        Map<String, Set<String>> groupsOfUnit = new LinkedHashMap<>();
        for (GroupMember m : hierarchy.groups()) {
            groupsOfUnit.computeIfAbsent(m.versionId() + "/" + m.unitCode(), k -> new HashSet<>()).add(m.groupCode());
        }
        Map<List<String>, List<SuccessionLink>> byOldUnit = hierarchy.restatement().links().stream()
                .collect(Collectors.groupingBy(l -> List.of(l.fromVersion(), l.toVersion(), l.fromCode()),
                        LinkedHashMap::new, Collectors.toList()));
        List<Meeting> meetings = new ArrayList<>();
        byOldUnit.forEach((key, parts) -> {
            if (parts.size() < 2) {
                return;
            }
            // Per group (WHOLE_UNIT included): each unit above a part, and the branches the parts reach it by.
            Map<String, Map<String, Set<String>>> branches = new TreeMap<>();
            for (SuccessionLink part : parts) {
                hierarchy.unit(part.toVersion(), part.toCode()).ifPresent(landing -> {
                    Set<String> groups = new HashSet<>(groupsOfUnit.getOrDefault(
                            part.toVersion() + "/" + part.toCode(), Set.of()));
                    groups.add(WHOLE_UNIT);
                    String branch = landing.code();
                    List<AdminUnit> path = new ArrayList<>(List.of(landing));
                    path.addAll(hierarchy.ancestors(landing));
                    for (AdminUnit above : path) {
                        for (String group : groups) {
                            branches.computeIfAbsent(group, g -> new TreeMap<>())
                                    .computeIfAbsent(above.code(), u -> new HashSet<>()).add(branch);
                        }
                        branch = above.code();
                    }
                });
            }
            branches.forEach((group, units) -> units.forEach((unit, by) -> {
                if (by.size() > 1) {
                    meetings.add(new Meeting(key.get(0), key.get(1), unit, group, key.get(2), by.size() - 1));
                }
            }));
        });
        return meetings;
    }
}
