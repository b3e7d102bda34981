package vn.genderstats.hierarchy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.genderstats.system.Sha256;

/** Reads {@code jobs/hierarchy/versions.yaml} and the GSO lists it names. */
public final class HierarchyFiles {

    private static final Set<String> TIERS = Set.of("province", "district", "commune");
    private static final String DEPARTMENTS = "departments.csv";

    record VersionsFile(List<VersionEntry> versions) {
    }

    record VersionEntry(String id, String file, LocalDate validFrom, LocalDate validTo) {
    }

    private HierarchyFiles() {
    }

    public static Hierarchy load(Path folder) {
        Path index = folder.resolve("versions.yaml");
        VersionsFile file;
        try {
            file = new YAMLMapper().readValue(index.toFile(), VersionsFile.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read " + index + ": " + e.getMessage(), e);
        }
        List<HierarchyVersion> versions = new ArrayList<>();
        Map<String, Map<String, AdminUnit>> units = new HashMap<>();
        Map<String, String> checksums = new HashMap<>();
        for (VersionEntry v : file.versions()) {
            if (v.id() == null || v.file() == null || v.validFrom() == null) {
                throw new IllegalStateException(index + ": every version needs id, file and validFrom");
            }
            Path list = folder.resolve(v.file());
            HierarchyVersion version = new HierarchyVersion(v.id(), v.file(), v.validFrom(), v.validTo());
            versions.add(version);
            Map<String, AdminUnit> versionUnits = readUnits(v.id(), list);
            Path departments = folder.resolve(DEPARTMENTS);
            if (Files.exists(departments)) {
                addDepartments(version, departments, versionUnits);
            }
            units.put(v.id(), versionUnits);
            checksums.put(v.id(), Files.exists(departments) ? Sha256.of(sha256(list) + sha256(departments)) : sha256(list));
        }
        Restatement restatement = RestatementFiles.read(folder, versions, units);
        List<GroupMember> groups = GroupFiles.read(folder, units);
        return new Hierarchy(versions, units, checksums, restatement, groups, folderChecksum(folder));
    }

    /** One checksum over every file of the folder: successions and groups depend on all of them. */
    private static String folderChecksum(Path folder) {
        try (var files = Files.list(folder)) {
            return Sha256.of(files.filter(Files::isRegularFile).sorted()
                    .map(f -> f.getFileName() + ":" + sha256(f)).reduce("", String::concat));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /**
     * Non-territorial reporting units from {@code departments.csv}: provincial departments (sở) under their
     * province, and, with the optional {@code kind} column, mass organisations or schools under their province or
     * commune. Each joins every version in force while it existed, if its parent is in the version; it takes the
     * tier of its parent.
     */
    private static void addDepartments(HierarchyVersion version, Path file, Map<String, AdminUnit> units) {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                LocalDate from = date(r.getField("valid_from"));
                LocalDate to = date(r.getField("valid_to"));
                boolean overlaps = (from == null || version.validTo() == null || !from.isAfter(version.validTo()))
                        && (to == null || !to.isBefore(version.validFrom()));
                AdminUnit parent = units.get(r.getField("parent_code"));
                String kind = r.findField("kind").filter(k -> !k.isBlank()).map(String::trim).orElse("department");
                if (overlaps && parent != null && parent.isTerritory() && !"nation".equals(parent.tier())) {
                    units.put(r.getField("code"), new AdminUnit(version.id(), r.getField("code"), r.getField("name"),
                            r.getField("type"), parent.tier(), kind, parent.code()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    private static Map<String, AdminUnit> readUnits(String versionId, Path list) {
        Map<String, AdminUnit> units = new LinkedHashMap<>();
        units.put(AdminUnit.NATION_CODE,
                new AdminUnit(versionId, AdminUnit.NATION_CODE, "Cả nước", "Quốc gia", "nation", "territory", null));
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(list)) {
            for (NamedCsvRecord r : csv) {
                String tier = r.getField("tier");
                if (!TIERS.contains(tier)) {
                    throw new IllegalStateException(list + " line " + r.getStartingLineNumber() + ": unknown tier " + tier);
                }
                String parent = r.getField("parent_code");
                units.put(r.getField("code"), new AdminUnit(versionId, r.getField("code"), r.getField("name"),
                        r.getField("type"), tier, "territory", parent.isEmpty() ? AdminUnit.NATION_CODE : parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + list, e);
        }
        for (AdminUnit u : units.values()) {
            if (u.parentCode() != null && !units.containsKey(u.parentCode())) {
                throw new IllegalStateException(list + ": unit " + u.code() + " names an unknown parent " + u.parentCode());
            }
        }
        return units;
    }

    private static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
