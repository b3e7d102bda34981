package vn.genderstats.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Unit codes passed to SQL as bind parameters ({@code unit_code in (?, ?, …)}), at most 1,000 per query: well
 * below the bind-parameter limits of PostgreSQL and H2, even for the 11,000 units below the nation.
 */
public final class CodeBatches {

    private static final int PER_QUERY = 1000;

    private CodeBatches() {
    }

    /** The rows of one query per batch of codes, in batch order; none when there are no codes. */
    public static <T> List<T> query(Collection<String> codes, Function<List<String>, List<T>> perBatch) {
        List<T> rows = new ArrayList<>();
        forEach(codes, batch -> rows.addAll(perBatch.apply(batch)));
        return rows;
    }

    /** One piece of work per batch of codes, in batch order. */
    public static void forEach(Collection<String> codes, Consumer<List<String>> perBatch) {
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += PER_QUERY) {
            perBatch.accept(all.subList(from, Math.min(all.size(), from + PER_QUERY)));
        }
    }

    /** "(?,?,…)" for so many codes. */
    public static String placeholders(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    /** The leading arguments followed by the codes, for one query. */
    public static Object[] args(List<?> leading, Collection<String> codes) {
        List<Object> all = new ArrayList<>(leading);
        all.addAll(codes);
        return all.toArray();
    }
}
