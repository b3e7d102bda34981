package vn.genderstats.hierarchy;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of units: urban and rural communes follow from the GSO type (phường and thị trấn are urban, xã is
 * rural; đặc khu is neither), and {@code groups.csv} lists any other membership
 * ({@code group_code,version_id,unit_code}, e.g. the mountainous or ethnic-minority communes).
 */
final class GroupFiles {

    static final String FILE = "groups.csv";
    private static final Set<String> URBAN_TYPES = Set.of("Phường", "Thị trấn");
    private static final Set<String> RURAL_TYPES = Set.of("Xã");

    private GroupFiles() {
    }

    static List<GroupMember> read(Path folder, Map<String, Map<String, AdminUnit>> unitsByVersion) {
        List<GroupMember> members = new ArrayList<>();
        unitsByVersion.forEach((version, units) -> units.values().stream()
                .filter(u -> "commune".equals(u.tier()) && u.isTerritory())
                .forEach(u -> {
                    if (URBAN_TYPES.contains(u.type())) {
                        members.add(new GroupMember(version, GroupMember.URBAN, u.code()));
                    } else if (RURAL_TYPES.contains(u.type())) {
                        members.add(new GroupMember(version, GroupMember.RURAL, u.code()));
                    }
                }));
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return members;
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                String group = r.getField("group_code").trim();
                String version = r.getField("version_id").trim();
                String code = r.getField("unit_code").trim();
                if (!group.matches("[A-Z][A-Z0-9_]*")) {
                    throw new IllegalStateException(file + " line " + r.getStartingLineNumber()
                            + ": group code must be UPPER_SNAKE_CASE, not '" + group + "'");
                }
                if (!unitsByVersion.getOrDefault(version, Map.of()).containsKey(code)) {
                    throw new IllegalStateException(file + " line " + r.getStartingLineNumber() + ": no unit " + code
                            + " in hierarchy version " + version);
                }
                members.add(new GroupMember(version, group, code));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return members;
    }
}
