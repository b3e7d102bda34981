package vn.genderstats.hierarchy;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The split units whose parts lack weights in {@code split-weights.csv}: without them their figures cannot be
 * placed on today's units and every restated total they would reach is broken. Weights are never made up here;
 * the list says what is missing, and {@link #writeTemplate} writes it in the weights file's own format to fill in.
 */
public final class MissingSplitWeights {

    /** An old unit split between new ones, with where it lay (district, province) and every part of it. */
    public record Split(AdminUnit old, List<AdminUnit> parents, List<AdminUnit> parts) {

        /** "00583 Xã Bát Tràng (Huyện Gia Lâm, Thành phố Hà Nội)". */
        public String describeOld() {
            String where = parents.stream().filter(AdminUnit::isTerritory).filter(p -> !"nation".equals(p.tier()))
                    .map(AdminUnit::name).collect(Collectors.joining(", "));
            return old.code() + " " + old.name() + (where.isEmpty() ? "" : " (" + where + ")");
        }

        /** "00145 Phường Long Biên, 00565 Xã Gia Lâm, …". */
        public String describeParts() {
            return parts.stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", "));
        }
    }

    private MissingSplitWeights() {
    }

    /** The splits lacking weights, in old code order. */
    public static List<Split> of(Hierarchy hierarchy) {
        Map<AdminUnit, List<AdminUnit>> parts = new LinkedHashMap<>();
        for (SuccessionLink link : hierarchy.restatement().splitsWithoutWeights()) {
            AdminUnit old = hierarchy.unit(link.fromVersion(), link.fromCode()).orElseThrow();
            parts.computeIfAbsent(old, k -> new ArrayList<>())
                    .add(hierarchy.unit(link.toVersion(), link.toCode()).orElseThrow());
        }
        return parts.entrySet().stream()
                .map(e -> new Split(e.getKey(), hierarchy.ancestors(e.getKey()),
                        e.getValue().stream().sorted(Comparator.comparing(AdminUnit::code)).toList()))
                .sorted(Comparator.comparing((Split s) -> s.old().code())).toList();
    }

    /**
     * Writes the splits as {@code split-weights.csv} lines with the weight left blank, each split under a comment
     * naming the units: the file can replace or extend jobs/hierarchy/split-weights.csv as it is (a blank weight is
     * read as not known yet) and be filled in part by part.
     */
    public static void writeTemplate(List<Split> splits, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeComment(" Trọng số chia tách: với mỗi xã cũ bị chia tách, ghi trọng số của từng phần (ví dụ dân số "
                    + "hoặc số trẻ sinh năm 2024 của phần xã cũ nhập vào xã mới, theo hộ tịch hoặc đề án sắp xếp).");
            csv.writeComment(" Weights of split communes: for each old commune, the weight of each part (e.g. the "
                    + "population or the 2024 births of the part that went to the new commune, from civil registration "
                    + "or the merger scheme). Weights of one old commune are divided by their sum; a blank weight is "
                    + "not known yet.");
            csv.writeRecord("old_code", "new_code", "weight");
            for (Split split : splits) {
                csv.writeComment(" " + split.describeOld() + " → " + split.describeParts());
                for (AdminUnit part : split.parts()) {
                    csv.writeRecord(split.old().code(), part.code(), "");
                }
            }
        }
    }
}
