package vn.genderstats.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Primary and secondary cell suppression over a table of published counts.
 *
 * <p>Primary: every sensitive count the rule calls small. Secondary: a {@link Relation} (a total and
 * its parts, e.g. total = male + female, or a district = the sum of its communes) with exactly one
 * hidden cell would give it away by subtraction, so the smallest other printed cell of that relation
 * (a non-zero one if there is one) is hidden too, until no relation has exactly one hidden cell.
 */
final class SmallCells {

    /** {@code total} = sum of {@code parts}, as printed. */
    record Relation<K>(K total, List<K> parts) {

        Stream<K> cells() {
            return Stream.concat(Stream.of(total), parts.stream());
        }
    }

    private SmallCells() {
    }

    static <K> Set<K> suppress(Map<K, Double> printed, Predicate<K> primary, Collection<Relation<K>> relations) {
        Set<K> hidden = new LinkedHashSet<>();
        printed.keySet().stream().filter(primary).forEach(hidden::add);
        boolean changed = !hidden.isEmpty();
        while (changed) {
            changed = false;
            for (Relation<K> relation : relations) {
                List<K> present = relation.cells().filter(printed::containsKey).toList();
                if (present.stream().filter(hidden::contains).count() != 1) {
                    continue;
                }
                Optional<K> complement = present.stream().filter(k -> !hidden.contains(k))
                        .min(Comparator.<K, Boolean>comparing(k -> printed.get(k) == 0)
                                .thenComparing(printed::get));
                if (complement.isPresent()) {
                    hidden.add(complement.get());
                    changed = true;
                }
            }
        }
        return hidden;
    }
}
