package vn.genderstats.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Primary and secondary cell suppression over every count published together.
 *
 * <p>Primary: every sensitive count the rule calls small. Secondary: the printed counts and the {@link Relation}s
 * between them (a total and its parts: total = male + female, a district = the sum of its communes) are a system of
 * linear equations in the hidden cells; a hidden cell is given away exactly when its unit vector lies in the row
 * space of those equations, whatever combination of published tables a reader puts together. While one is, a
 * printed cell of a relation it is in is hidden too: among those that leave fewer cells determined, the preferred
 * one (a commune's before a district's), then the one leaving fewest, then the smallest (non-zero first). A local
 * pass first gives every relation with a single hidden cell a second one, which settles most of them cheaply. A cell the tables do not print (a blank) is taken as known to the reader, which can
 * only hide more.
 */
final class SmallCells {

    /** Below this a coefficient is taken as zero (the equations have coefficients ±1; elimination keeps them small). */
    private static final double EPSILON = 1e-9;

    /** {@code total} = sum of {@code parts}, as printed. */
    record Relation<K>(K total, List<K> parts) {

        Stream<K> cells() {
            return Stream.concat(Stream.of(total), parts.stream());
        }
    }

    private SmallCells() {
    }

    static <K> Set<K> suppress(Map<K, Double> printed, Predicate<K> primary, Collection<Relation<K>> relations) {
        return suppress(printed, primary, relations, Comparator.comparingInt(k -> 0));
    }

    /**
     * As above, hiding complements in {@code preferred} order first (e.g. communes before the district's totals)
     * among those that protect something.
     */
    static <K> Set<K> suppress(Map<K, Double> printed, Predicate<K> primary, Collection<Relation<K>> relations,
            Comparator<K> preferred) {
        Set<K> hidden = new LinkedHashSet<>();
        printed.keySet().stream().filter(primary).forEach(hidden::add);
        Map<K, List<Relation<K>>> relationsOf = relationsOf(printed, relations);
        coverLoneCells(hidden, printed, relationsOf, preferred);
        Set<K> unprotectable = new HashSet<>();
        Set<K> exposed = determined(hidden, hidden, printed, relationsOf);
        while (!exposed.isEmpty()) {
            K cell = exposed.iterator().next();
            List<K> candidates = relationsOf.getOrDefault(cell, List.of()).stream().flatMap(Relation::cells)
                    .filter(k -> printed.containsKey(k) && !hidden.contains(k)).distinct().toList();
            if (candidates.isEmpty()) {
                unprotectable.add(cell); // every cell of its relations is hidden already: nothing more to hide
            } else {
                // Among the complements that leave fewer cells of the group determined (all, if none does): the
                // preferred, then the one leaving fewest, then the smallest non-zero.
                int now = solve(group(cell, hidden, printed, relationsOf)).size();
                Map<K, Integer> stillDetermined = new HashMap<>();
                for (K candidate : candidates) {
                    // tried in place, not on a copy: a national period hides some 100,000 cells
                    hidden.add(candidate);
                    stillDetermined.put(candidate, solve(group(cell, hidden, printed, relationsOf)).size());
                    hidden.remove(candidate);
                }
                boolean anyHelps = candidates.stream().anyMatch(k -> stillDetermined.get(k) < now);
                hidden.add(candidates.stream().filter(k -> !anyHelps || stillDetermined.get(k) < now)
                        .min(preferred.thenComparing(stillDetermined::get)
                                .thenComparing(k -> printed.get(k) == 0).thenComparing(printed::get)).orElseThrow());
            }
            // Only the group of this cell changed (it may have grown into another one).
            Group<K> group = group(cell, hidden, printed, relationsOf);
            exposed.removeAll(group.cells());
            solve(group).stream().filter(k -> !unprotectable.contains(k)).forEach(exposed::add);
        }
        return hidden;
    }

    /**
     * The first, local pass: while a relation has exactly one hidden cell (which it gives away by subtraction), a
     * printed cell of it is hidden too, the preferred first, then the smallest non-zero. Every complement this hides
     * is needed in some form, and it leaves the exact pass above few cells to settle: on a national period that pass
     * alone solved each group again for every candidate of every exposed cell, for minutes.
     */
    private static <K> void coverLoneCells(Set<K> hidden, Map<K, Double> printed,
            Map<K, List<Relation<K>>> relationsOf, Comparator<K> preferred) {
        Deque<Relation<K>> next = new ArrayDeque<>();
        Set<Relation<K>> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<K> requeue = k -> relationsOf.getOrDefault(k, List.of()).stream().filter(queued::add).forEach(next::add);
        hidden.forEach(requeue);
        Comparator<K> choice = preferred.thenComparing(k -> printed.get(k) == 0).thenComparing(printed::get);
        while (!next.isEmpty()) {
            Relation<K> relation = next.poll();
            queued.remove(relation);
            int hiddenCells = 0;
            K complement = null;
            for (K k : relation.cells().filter(printed::containsKey).distinct().toList()) {
                if (hidden.contains(k)) {
                    hiddenCells++;
                } else if (complement == null || choice.compare(k, complement) < 0) {
                    complement = k;
                }
            }
            if (hiddenCells == 1 && complement != null) {
                hidden.add(complement);
                requeue.accept(complement);
            }
        }
    }

    /**
     * The hidden cells that the relations and the printed cells determine: those whose unit vector is in the row
     * space of the relations' coefficients on the hidden cells.
     */
    static <K> Set<K> determined(Set<K> hidden, Map<K, Double> printed, Collection<Relation<K>> relations) {
        return determined(hidden, hidden, printed, relationsOf(printed, relations));
    }

    private static <K> Map<K, List<Relation<K>>> relationsOf(Map<K, Double> printed, Collection<Relation<K>> relations) {
        Map<K, List<Relation<K>>> index = new HashMap<>();
        for (Relation<K> r : relations) {
            addIfPrinted(index, r.total(), r, printed);
            for (K part : r.parts()) {
                addIfPrinted(index, part, r, printed);
            }
        }
        return index;
    }

    private static <K> void addIfPrinted(Map<K, List<Relation<K>>> index, K cell, Relation<K> r, Map<K, Double> printed) {
        if (printed.containsKey(cell)) {
            List<Relation<K>> of = index.computeIfAbsent(cell, x -> new ArrayList<>(4));
            if (of.isEmpty() || of.get(of.size() - 1) != r) { // a cell twice in one relation is indexed once
                of.add(r);
            }
        }
    }

    /** Hidden cells linked through relations, and those relations. */
    private record Group<K>(List<K> cells, Collection<Relation<K>> relations) {
    }

    private static <K> Group<K> group(K start, Set<K> hidden, Map<K, Double> printed,
            Map<K, List<Relation<K>>> relationsOf) {
        Set<K> seen = new HashSet<>(List.of(start));
        List<K> cells = new ArrayList<>();
        Set<Relation<K>> groupRelations = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<K> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            K cell = next.poll();
            cells.add(cell);
            for (Relation<K> r : relationsOf.getOrDefault(cell, List.of())) {
                if (groupRelations.add(r)) {
                    r.cells().filter(k -> hidden.contains(k) && printed.containsKey(k) && seen.add(k)).forEach(next::add);
                }
            }
        }
        return new Group<>(cells, groupRelations);
    }

    /** The determined cells of the groups the hidden cells {@code from} belong to. */
    private static <K> Set<K> determined(Collection<K> from, Set<K> hidden, Map<K, Double> printed,
            Map<K, List<Relation<K>>> relationsOf) {
        Set<K> grouped = new HashSet<>();
        Set<K> determined = new LinkedHashSet<>();
        for (K start : from) {
            if (hidden.contains(start) && printed.containsKey(start) && !grouped.contains(start)) {
                Group<K> group = group(start, hidden, printed, relationsOf);
                grouped.addAll(group.cells());
                determined.addAll(solve(group));
            }
        }
        return determined;
    }

    /**
     * A group's equations in reduced row echelon form: a cell is determined exactly when its column is a pivot
     * whose row has no other non-zero entry.
     */
    private static <K> List<K> solve(Group<K> group) {
        Map<K, Integer> column = new HashMap<>();
        group.cells().forEach(k -> column.put(k, column.size()));
        List<Map<Integer, Double>> rows = new ArrayList<>();
        for (Relation<K> r : group.relations()) {
            Map<Integer, Double> row = new HashMap<>();
            Integer total = column.get(r.total());
            if (total != null) {
                row.merge(total, 1.0, Double::sum);
            }
            for (K part : r.parts()) {
                Integer c = column.get(part);
                if (c != null) {
                    row.merge(c, -1.0, Double::sum);
                }
            }
            row.values().removeIf(v -> Math.abs(v) < EPSILON);
            rows.add(row);
        }
        return determinedColumns(rows, column.size()).stream().map(group.cells()::get).toList();
    }

    /**
     * Gauss–Jordan elimination on sparse rows. A national period's groups reach thousands of cells and equations,
     * each equation a handful of them: dense rows made every elimination step cost the whole width of the group.
     */
    private static List<Integer> determinedColumns(List<Map<Integer, Double>> rows, int n) {
        List<Set<Integer>> rowsWith = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            rowsWith.add(new HashSet<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c : rows.get(r).keySet()) {
                rowsWith.get(c).add(r);
            }
        }
        boolean[] isPivotRow = new boolean[rows.size()];
        List<Integer> pivotRows = new ArrayList<>();
        List<Integer> pivotColumns = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int pivot = -1;
            for (int r : rowsWith.get(c)) {
                if (!isPivotRow[r] && (pivot < 0 || Math.abs(rows.get(r).get(c)) > Math.abs(rows.get(pivot).get(c)))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Map<Integer, Double> lead = rows.get(pivot);
            double scale = lead.get(c);
            lead.replaceAll((k, v) -> v / scale);
            for (int r : List.copyOf(rowsWith.get(c))) {
                if (r != pivot) {
                    subtract(rows.get(r), r, rows.get(r).get(c), lead, rowsWith);
                }
            }
            isPivotRow[pivot] = true;
            pivotRows.add(pivot);
            pivotColumns.add(c);
        }
        List<Integer> determined = new ArrayList<>();
        for (int i = 0; i < pivotRows.size(); i++) {
            if (rows.get(pivotRows.get(i)).size() == 1) {
                determined.add(pivotColumns.get(i));
            }
        }
        return determined;
    }

    /** {@code row} −= {@code factor} × {@code pivot}, keeping the index of the rows each column is in up to date. */
    private static void subtract(Map<Integer, Double> row, int r, double factor, Map<Integer, Double> pivot,
            List<Set<Integer>> rowsWith) {
        for (Map.Entry<Integer, Double> e : pivot.entrySet()) {
            int k = e.getKey();
            double value = row.getOrDefault(k, 0.0) - factor * e.getValue();
            if (Math.abs(value) < EPSILON) {
                row.remove(k);
                rowsWith.get(k).remove(r);
            } else {
                row.put(k, value);
                rowsWith.get(k).add(r);
            }
        }
    }
}
