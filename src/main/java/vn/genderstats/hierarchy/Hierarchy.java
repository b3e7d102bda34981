package vn.genderstats.hierarchy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.genderstats.period.Period;

/** Every version of the hierarchy, in memory (about 11,000 units a version). */
public final class Hierarchy {

    private final List<HierarchyVersion> versions;
    private final Map<String, Map<String, AdminUnit>> unitsByVersion;
    /** Per version, each unit's children in list order: asked for every unit of a national period. */
    private final Map<String, Map<String, List<AdminUnit>>> childrenByVersion = new HashMap<>();
    private final Map<String, String> checksums;
    private final Restatement restatement;
    private final List<GroupMember> groups;
    private final String filesChecksum;

    Hierarchy(List<HierarchyVersion> versions, Map<String, Map<String, AdminUnit>> unitsByVersion,
            Map<String, String> checksums, Restatement restatement, List<GroupMember> groups, String filesChecksum) {
        this.versions = List.copyOf(versions);
        this.unitsByVersion = unitsByVersion;
        unitsByVersion.forEach((version, units) -> {
            Map<String, List<AdminUnit>> children = new HashMap<>();
            units.values().stream().filter(u -> u.parentCode() != null)
                    .forEach(u -> children.computeIfAbsent(u.parentCode(), p -> new ArrayList<>()).add(u));
            children.replaceAll((parent, list) -> List.copyOf(list));
            childrenByVersion.put(version, children);
        });
        this.checksums = checksums;
        this.restatement = restatement;
        this.groups = List.copyOf(groups);
        this.filesChecksum = filesChecksum;
    }

    /** How older figures are restated onto today's units (target version, split rule, successions). */
    public Restatement restatement() {
        return restatement;
    }

    /** Every unit's groups (urban, rural and those of groups.csv), in every version. */
    public List<GroupMember> groups() {
        return groups;
    }

    /** SHA-256 over every file of jobs/hierarchy/, to reload successions and groups only when one changed. */
    public String filesChecksum() {
        return filesChecksum;
    }

    public List<HierarchyVersion> versions() {
        return versions;
    }

    public Optional<HierarchyVersion> versionFor(Period period) {
        return versions.stream().filter(v -> v.serves(period)).findFirst();
    }

    /** The list of units the period is reported on; none is a setup error (jobs/hierarchy/ lacks a version). */
    public HierarchyVersion versionServing(Period period) {
        return versionFor(period).orElseThrow(() -> new IllegalArgumentException("No list of units serves "
                + period + " / không có danh mục đơn vị hành chính cho kỳ " + period));
    }

    public Optional<AdminUnit> unit(String versionId, String code) {
        return Optional.ofNullable(unitsByVersion.getOrDefault(versionId, Map.of()).get(code));
    }

    public Optional<AdminUnit> unit(Period period, String code) {
        return versionFor(period).flatMap(v -> unit(v.id(), code));
    }

    public java.util.Collection<AdminUnit> units(String versionId) {
        return Collections.unmodifiableCollection(unitsByVersion.getOrDefault(versionId, Map.of()).values());
    }

    /** The unit's ancestors, nearest first, ending with the nation. */
    public List<AdminUnit> ancestors(AdminUnit unit) {
        List<AdminUnit> out = new ArrayList<>();
        Map<String, AdminUnit> units = unitsByVersion.get(unit.versionId());
        AdminUnit at = unit;
        while (at.parentCode() != null) {
            at = units.get(at.parentCode());
            out.add(at);
        }
        return out;
    }

    public List<AdminUnit> children(AdminUnit unit) {
        return childrenByVersion.getOrDefault(unit.versionId(), Map.of()).getOrDefault(unit.code(), List.of());
    }

    /** The unit and every unit below it, at any depth, in code order: what its reports and locks cover. */
    public List<AdminUnit> subtree(AdminUnit unit) {
        // Down the children, not up from every unit of the list: a commune's report asks this too.
        List<AdminUnit> out = new ArrayList<>();
        List<AdminUnit> next = new ArrayList<>(List.of(unit));
        while (!next.isEmpty()) {
            AdminUnit at = next.removeLast();
            out.add(at);
            next.addAll(children(at));
        }
        out.sort(java.util.Comparator.comparing(AdminUnit::code));
        return List.copyOf(out);
    }

    /** SHA-256 of the list a version was read from, to reload the database copy only when it changed. */
    public String checksum(String versionId) {
        return checksums.get(versionId);
    }
}
