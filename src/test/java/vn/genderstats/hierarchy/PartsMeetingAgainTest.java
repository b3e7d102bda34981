package vn.genderstats.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.genderstats.testing.DatabaseTest;

/** Where the parts of the split old units meet again on the list of 1 July 2025, as the roll-up takes them out. */
class PartsMeetingAgainTest extends DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oldBatTrangSplitInThreeMeetsAgainInHanoiOnlyTwiceTooOftenAndOnceInItsRuralShare() {
        List<PartsMeetingAgain.Meeting> batTrang = PartsMeetingAgain.of(HierarchyFilesTest.HIERARCHY).stream()
                .filter(m -> m.fromVersion().equals("2025-03-01") && m.fromCode().equals("00583")).toList();

        // Its parts are Phường Long Biên (urban), Xã Gia Lâm and Xã Bát Tràng (rural), three communes of Hà Nội: Hà Nội
        // is reached by three branches, the nation by one (Hà Nội), the urban share of Hà Nội by one.
        assertThat(batTrang).extracting(PartsMeetingAgain.Meeting::toVersion, PartsMeetingAgain.Meeting::unitCode,
                PartsMeetingAgain.Meeting::groupCode, PartsMeetingAgain.Meeting::extra)
                .containsExactlyInAnyOrder(tuple("2025-07-01", "01", "", 2), tuple("2025-07-01", "01", "RURAL", 1));
    }

    /**
     * The table loaded with the hierarchy holds what the roll-up used to work out in SQL from the successions and the
     * ancestors on every run, for every split unit of both older lists, whole units and groups' shares.
     */
    @Test
    void theLoadedTableEqualsTheMeetingsWorkedOutInSqlFromTheSuccessionsAndAncestors() {
        String derived = """
                select m.from_version, m.to_version, a.ancestor_code, %s, m.from_code,
                       count(distinct case when a.depth = 0 then a.ancestor_code else c.ancestor_code end) - 1
                from (select from_version, to_version, from_code from unit_succession
                      group by from_version, to_version, from_code having count(*) > 1) split
                join unit_succession m on m.from_version = split.from_version and m.to_version = split.to_version
                     and m.from_code = split.from_code
                join unit_ancestor a on a.version_id = m.to_version and a.unit_code = m.to_code
                left join unit_ancestor c on c.version_id = m.to_version and c.unit_code = m.to_code
                     and c.depth = a.depth - 1
                %s
                group by m.from_version, m.to_version, a.ancestor_code, %s m.from_code
                having count(distinct case when a.depth = 0 then a.ancestor_code else c.ancestor_code end) > 1""";
        List<String> fromSql = rows(derived.formatted("''", "", "")
                + " union all " + derived.formatted("g.group_code",
                        "join unit_group g on g.version_id = m.to_version and g.unit_code = m.to_code", "g.group_code,"));
        List<String> loaded = rows("select from_version, to_version, unit_code, group_code, from_code, extra "
                + "from succession_meeting");

        assertThat(loaded).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(fromSql);
    }

    private List<String> rows(String sql) {
        return jdbc.query(sql, (rs, i) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), String.valueOf(rs.getInt(6))));
    }
}
