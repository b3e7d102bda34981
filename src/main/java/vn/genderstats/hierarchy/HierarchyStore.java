package vn.genderstats.hierarchy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.system.PlannerStatistics;

/**
 * Keeps the database copy of each hierarchy version (units and their ancestors) equal to the files in
 * jobs/: a version is (re)written only when its file's checksum changed.
 */
@Component
public class HierarchyStore {

    private static final Logger log = LoggerFactory.getLogger(HierarchyStore.class);

    private static final String FILES = "groups-and-successions";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PlannerStatistics statistics;
    private final ReferenceDataLock lock;

    HierarchyStore(JdbcTemplate jdbc, TransactionTemplate tx, PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.statistics = statistics;
        this.lock = new ReferenceDataLock(jdbc, statistics.onPostgres());
    }

    /**
     * Loads what changed, under the reference-data lock: two commands started together on a fresh database (or
     * after jobs/hierarchy changed) would otherwise both find a version missing and both insert it. The second
     * waits for the first's transaction, then finds everything loaded. When nothing changed no lock is taken.
     */
    public void sync(Hierarchy hierarchy) {
        if (upToDate(hierarchy)) {
            return;
        }
        boolean changed = Boolean.TRUE.equals(tx.execute(s -> {
            lock.acquire();
            boolean versions = syncVersions(hierarchy);
            boolean any = syncGroupsAndSuccessions(hierarchy) || versions;
            if (any) {
                writePartsMeetingAgain(hierarchy);
            }
            return any;
        }));
        if (changed) {
            statistics.refresh("admin_unit", "unit_ancestor", "unit_group", "unit_succession", "succession_meeting");
        }
    }

    /** Where split old units' parts meet again: it follows from the lists, the successions and the groups alike. */
    private void writePartsMeetingAgain(Hierarchy hierarchy) {
        List<PartsMeetingAgain.Meeting> meetings = PartsMeetingAgain.of(hierarchy);
        jdbc.update("delete from succession_meeting");
        jdbc.batchUpdate("insert into succession_meeting (from_version, to_version, unit_code, group_code, from_code, "
                + "extra) values (?, ?, ?, ?, ?, ?)", meetings.stream().map(m -> new Object[] {m.fromVersion(),
                    m.toVersion(), m.unitCode(), m.groupCode(), m.fromCode(), m.extra()}).toList());
        log.info("Worked out where split units' parts meet again: {} rows", meetings.size());
    }

    private boolean upToDate(Hierarchy hierarchy) {
        for (HierarchyVersion v : hierarchy.versions()) {
            if (!hierarchy.checksum(v.id()).equals(storedChecksum(v))) {
                return false;
            }
        }
        return hierarchy.filesChecksum().equals(jdbc.query("select checksum from hierarchy_file where name = ?",
                rs -> rs.next() ? rs.getString(1) : null, FILES));
    }

    private String storedChecksum(HierarchyVersion v) {
        return jdbc.query("select source_checksum from hierarchy_version where version_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, v.id());
    }

    private boolean syncVersions(Hierarchy hierarchy) {
        boolean changed = false;
        for (HierarchyVersion v : hierarchy.versions()) {
            String stored = storedChecksum(v);
            if (hierarchy.checksum(v.id()).equals(stored)) {
                continue;
            }
            write(hierarchy, v, stored != null);
            log.info("Loaded hierarchy version {} ({} units)", v.id(), hierarchy.units(v.id()).size());
            changed = true;
        }
        return changed;
    }

    /** Whether the groups and successions were written anew (in the caller's transaction). */
    private boolean syncGroupsAndSuccessions(Hierarchy hierarchy) {
        String stored = jdbc.query("select checksum from hierarchy_file where name = ?",
                rs -> rs.next() ? rs.getString(1) : null, FILES);
        if (hierarchy.filesChecksum().equals(stored)) {
            return false;
        }
        jdbc.update("delete from unit_group");
        jdbc.update("delete from unit_succession");
        jdbc.batchUpdate("insert into unit_group (version_id, group_code, unit_code) values (?, ?, ?)",
                hierarchy.groups().stream().map(g -> new Object[] {g.versionId(), g.groupCode(), g.unitCode()})
                        .toList());
        jdbc.batchUpdate("insert into unit_succession (from_version, from_code, to_version, to_code, kind, weight) "
                + "values (?, ?, ?, ?, ?, ?)", hierarchy.restatement().links().stream()
                .map(l -> new Object[] {l.fromVersion(), l.fromCode(), l.toVersion(), l.toCode(),
                    l.partial() ? "partial" : "full", l.weight()})
                .toList());
        jdbc.update("delete from hierarchy_file where name = ?", FILES);
        jdbc.update("insert into hierarchy_file (name, checksum) values (?, ?)", FILES, hierarchy.filesChecksum());
        log.info("Loaded {} group memberships and {} succession links", hierarchy.groups().size(),
                hierarchy.restatement().links().size());
        return true;
    }

    private void write(Hierarchy hierarchy, HierarchyVersion v, boolean replace) {
        if (replace) {
            jdbc.update("delete from unit_ancestor where version_id = ?", v.id());
            jdbc.update("update hierarchy_version set source_checksum = ?, valid_from = ?, valid_to = ?, loaded_at = ? "
                    + "where version_id = ?", hierarchy.checksum(v.id()), v.validFrom(), v.validTo(),
                    Timestamp.from(Instant.now()), v.id());
        } else {
            jdbc.update("insert into hierarchy_version (version_id, valid_from, valid_to, source_checksum, loaded_at) "
                    + "values (?, ?, ?, ?, ?)", v.id(), v.validFrom(), v.validTo(), hierarchy.checksum(v.id()),
                    Timestamp.from(Instant.now()));
        }
        List<Object[]> ancestors = new ArrayList<>();
        // A unit's height: how many levels of units lie below it, the deepest of its descendants' depths under it.
        Map<String, Integer> heights = new HashMap<>();
        for (AdminUnit u : hierarchy.units(v.id())) {
            ancestors.add(new Object[] {v.id(), u.code(), u.code(), 0});
            heights.putIfAbsent(u.code(), 0);
            int depth = 1;
            for (AdminUnit a : hierarchy.ancestors(u)) {
                ancestors.add(new Object[] {v.id(), u.code(), a.code(), depth});
                heights.merge(a.code(), depth++, Math::max);
            }
        }
        List<Object[]> units = hierarchy.units(v.id()).stream().map(u -> new Object[] {v.id(), u.code(), u.name(),
                u.type(), u.tier(), u.kind(), u.parentCode(), heights.get(u.code())}).toList();
        // Units may already be referenced by submissions: update those in place, insert the others.
        java.util.Set<String> existing = new java.util.HashSet<>(
                jdbc.queryForList("select code from admin_unit where version_id = ?", String.class, v.id()));
        jdbc.batchUpdate("update admin_unit set name = ?, unit_type = ?, tier = ?, kind = ?, parent_code = ?, height = ? "
                + "where version_id = ? and code = ?", units.stream().filter(r -> existing.contains((String) r[1]))
                .map(r -> new Object[] {r[2], r[3], r[4], r[5], r[6], r[7], r[0], r[1]}).toList());
        jdbc.batchUpdate("insert into admin_unit (version_id, code, name, unit_type, tier, kind, parent_code, height) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", units.stream().filter(r -> !existing.contains((String) r[1])).toList());
        jdbc.batchUpdate("insert into unit_ancestor (version_id, unit_code, ancestor_code, depth) values (?, ?, ?, ?)",
                ancestors);
    }
}
