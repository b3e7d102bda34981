package vn.genderstats.hierarchy;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code restatement.yaml}, the succession files and the split weights, and works out, for every unit of
 * every older version, where its figures go among today's units.
 *
 * <p>A version with its own succession file to the target uses it. An older version without one (2021-02-01)
 * goes through the next version that has one: a unit keeps its code when the same code of the same tier exists
 * there in the same province (codes were not reused before 2025); a commune that disappeared in the 2023–2025
 * mergers is placed on its province, since the GSO lists do not say which commune absorbed it. Districts and
 * departments, which have no place among today's units, are placed on their province's successor.
 */
final class RestatementFiles {

    static final String FILE = "restatement.yaml";
    private static final MathContext SHARE = new MathContext(12);

    record RestatementFile(String target, String splitRule, List<SuccessionEntry> successions, String weights) {
    }

    record SuccessionEntry(String from, String file) {
    }

    private RestatementFiles() {
    }

    static Restatement read(Path folder, List<HierarchyVersion> versions, Map<String, Map<String, AdminUnit>> units) {
        Path index = folder.resolve(FILE);
        if (!Files.exists(index)) {
            return Restatement.none();
        }
        RestatementFile file;
        try {
            file = new YAMLMapper().readValue(index.toFile(), RestatementFile.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read " + index + ": " + e.getMessage(), e);
        }
        String target = file.target();
        if (target == null || !units.containsKey(target)) {
            throw new IllegalStateException(index + ": target must name a version of versions.yaml, not " + target);
        }
        SplitRule rule;
        try {
            rule = SplitRule.valueOf(String.valueOf(file.splitRule()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(index + ": splitRule must be apportion or broken, not " + file.splitRule());
        }
        Map<String, Map<String, BigDecimal>> weights = file.weights() == null ? Map.of()
                : readWeights(folder.resolve(file.weights()));
        Map<String, Map<String, List<SuccessionLink>>> direct = new HashMap<>();
        for (SuccessionEntry s : file.successions() == null ? List.<SuccessionEntry>of() : file.successions()) {
            if (!units.containsKey(s.from())) {
                throw new IllegalStateException(index + ": succession from unknown version " + s.from());
            }
            direct.put(s.from(), readSuccession(folder.resolve(s.file()), s.from(), target, units, weights));
        }
        List<SuccessionLink> links = new ArrayList<>();
        List<HierarchyVersion> byDate = versions.stream()
                .sorted(Comparator.comparing(HierarchyVersion::validFrom)).toList();
        for (HierarchyVersion v : byDate) {
            if (v.id().equals(target)) {
                continue;
            }
            Optional<String> via = byDate.stream().filter(w -> direct.containsKey(w.id()))
                    .filter(w -> !w.validFrom().isBefore(v.validFrom())).map(HierarchyVersion::id).findFirst();
            if (via.isEmpty()) {
                continue;
            }
            Map<String, List<SuccessionLink>> next = direct.get(via.get());
            for (AdminUnit u : units.get(v.id()).values()) {
                String step = via.get().equals(v.id()) ? u.code() : sameUnitIn(u, units.get(v.id()), units.get(via.get()));
                List<SuccessionLink> onward = next.get(step);
                if (onward == null) {
                    onward = next.getOrDefault(provinceOf(u, units.get(v.id())), List.of());
                }
                for (SuccessionLink l : onward) {
                    links.add(new SuccessionLink(v.id(), u.code(), target, l.toCode(), l.partial(), l.weight()));
                }
            }
        }
        return new Restatement(target, rule, links, direct.keySet());
    }

    /** The unit's code in a later version when it is still there (same tier, same province), else its province. */
    private static String sameUnitIn(AdminUnit u, Map<String, AdminUnit> from, Map<String, AdminUnit> to) {
        AdminUnit there = to.get(u.code());
        if (there != null && there.tier().equals(u.tier()) && u.isTerritory() && there.isTerritory()
                && provinceOf(there, to).equals(provinceOf(u, from))) {
            return u.code();
        }
        return provinceOf(u, from);
    }

    private static String provinceOf(AdminUnit u, Map<String, AdminUnit> units) {
        AdminUnit at = u;
        while (at.parentCode() != null && !("province".equals(at.tier()) && at.isTerritory())) {
            at = units.get(at.parentCode());
        }
        return at.code();
    }

    private static Map<String, List<SuccessionLink>> readSuccession(Path file, String from, String target,
            Map<String, Map<String, AdminUnit>> units, Map<String, Map<String, BigDecimal>> weights) {
        Map<String, Map<String, Boolean>> partialByOld = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                String old = r.getField("old_code");
                String now = r.getField("new_code");
                if (!units.get(from).containsKey(old) || !units.get(target).containsKey(now)) {
                    throw new IllegalStateException(file + " line " + r.getStartingLineNumber() + ": " + old + " → " + now
                            + " names a unit missing from version " + from + " or " + target);
                }
                partialByOld.computeIfAbsent(old, k -> new LinkedHashMap<>()).merge(now,
                        "partial".equals(r.getField("kind")), Boolean::logicalOr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<String, List<SuccessionLink>> out = new HashMap<>();
        partialByOld.forEach((old, targets) -> {
            Map<String, BigDecimal> given = weights.getOrDefault(old, Map.of());
            boolean split = targets.values().stream().anyMatch(p -> p);
            // A split is apportioned only when every part has a weight; shares are the weights over their sum.
            boolean weighed = split && targets.keySet().stream().allMatch(given::containsKey);
            BigDecimal total = weighed ? targets.keySet().stream().map(given::get).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : BigDecimal.ONE;
            List<SuccessionLink> list = new ArrayList<>();
            targets.forEach((now, partial) -> list.add(new SuccessionLink(from, old, target, now, split,
                    !split ? BigDecimal.ONE : weighed ? given.get(now).divide(total, SHARE) : null)));
            out.put(old, list);
        });
        addUnitsWithoutSuccession(from, units.get(from), out);
        return out;
    }

    /** Districts and departments follow their province. */
    private static void addUnitsWithoutSuccession(String from, Map<String, AdminUnit> units,
            Map<String, List<SuccessionLink>> out) {
        for (AdminUnit u : units.values()) {
            if (!out.containsKey(u.code()) && u.parentCode() != null) {
                List<SuccessionLink> province = out.getOrDefault(provinceOf(u, units), List.of());
                out.put(u.code(), province.stream().map(l -> new SuccessionLink(from, u.code(), l.toVersion(),
                        l.toCode(), l.partial(), l.weight())).toList());
            }
        }
    }

    /**
     * {@code old_code,new_code,weight}: e.g. the population of the part of the old unit that went to the new one; a
     * blank weight is not known yet.
     */
    private static Map<String, Map<String, BigDecimal>> readWeights(Path file) {
        Map<String, Map<String, BigDecimal>> weights = new HashMap<>();
        if (!Files.exists(file)) {
            throw new IllegalStateException("The split weights file " + file + " named in " + FILE + " is missing");
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                if (r.getField("weight").isBlank()) {
                    continue; // not known yet: the split stays broken (a file written by aggregate --weights-template)
                }
                BigDecimal w;
                try {
                    w = new BigDecimal(r.getField("weight").trim());
                } catch (NumberFormatException e) {
                    w = BigDecimal.ZERO.subtract(BigDecimal.ONE);
                }
                if (w.signum() <= 0) {
                    throw new IllegalStateException(file + " line " + r.getStartingLineNumber()
                            + ": weight must be a positive number, not '" + r.getField("weight") + "'");
                }
                weights.computeIfAbsent(r.getField("old_code").trim(), k -> new HashMap<>())
                        .put(r.getField("new_code").trim(), w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return weights;
    }
}
