package vn.genderstats.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The office's configuration cut down to a few provinces: {@code jobs/} copied as it is, with each GSO list keeping
 * only those provinces and the units below them, and the 2025 succession only their links. Tests of a province's
 * work (the roll-up of Cao Bằng, the sample inbox of Trùng Khánh, a nightly run) load 2,000-odd units instead of
 * the nation's 25,000, and compute the same figures for those provinces. Written under target/, never committed.
 */
public final class ProvinceOffice {

    /**
     * Cao Bằng (04), which kept its code through the 2025 reform and is the sample inbox's; Hà Nội (01), whose
     * communes were merged and split in 2025; Bắc Giang (24) and Bắc Ninh (27), merged into the new Bắc Ninh under
     * code 24 — each subtree whole on every list, so every 2025 succession link among them is kept.
     */
    public static final List<String> PROVINCES = List.of("01", "04", "24", "27");

    private static Path written;

    private ProvinceOffice() {
    }

    /** The {@code jobs} folder of the province office, written once per test run. */
    public static synchronized Path jobs() {
        if (written == null) {
            try {
                written = write(Path.of("jobs"), TestDatabase.forkFolder("test-jobs").resolve("provinces"), PROVINCES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return written;
    }

    static Path write(Path jobs, Path target, List<String> provinces) throws IOException {
        try (Stream<Path> files = Files.walk(jobs)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(jobs.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path hierarchy = target.resolve("hierarchy");
        Set<String> kept = new HashSet<>();
        try (Stream<Path> lists = Files.list(hierarchy)) {
            for (Path list : lists.filter(p -> p.getFileName().toString().matches("units-.*\\.csv")).toList()) {
                kept.addAll(keepProvinces(list, provinces));
            }
        }
        try (Stream<Path> links = Files.list(hierarchy)) {
            for (Path succession : links.filter(p -> p.getFileName().toString().matches("succession-.*\\.csv")).toList()) {
                keepLinks(succession, kept);
            }
        }
        return target;
    }

    /** Rewrites a list (code,name,type,tier,parent_code) with the provinces' subtrees only; returns their codes. */
    private static Set<String> keepProvinces(Path list, List<String> provinces) throws IOException {
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        Map<String, String> parents = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            parents.put(f[0], f[f.length - 1]);
        }
        Set<String> kept = new HashSet<>();
        StringBuilder out = new StringBuilder(lines.getFirst()).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String code = line.split(",", -1)[0];
            String root = code;
            while (!parents.getOrDefault(root, "").isEmpty()) {
                root = parents.get(root);
            }
            if (provinces.contains(root)) {
                kept.add(code);
                out.append(line).append('\n');
            }
        }
        Files.writeString(list, out, StandardCharsets.UTF_8);
        return kept;
    }

    /** Keeps the links (tier,old_code,old_name,new_code,new_name,kind) between kept units. */
    private static void keepLinks(Path succession, Set<String> kept) throws IOException {
        List<String> lines = Files.readAllLines(succession, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(lines.getFirst()).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (kept.contains(f[1]) && kept.contains(f[3])) {
                out.append(line).append('\n');
            }
        }
        Files.writeString(succession, out, StandardCharsets.UTF_8);
    }
}
